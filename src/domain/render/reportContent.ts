import { computeFields } from "../figures/computeFields";
import { formatField } from "../figures/formatField";
import type { Figures } from "../figures/schema";
import type { Period } from "../period";
import { figureTag, headerTag, periodTag } from "../tags/tags";
import type { AgencyProfile, HeaderField, HouseStyle, Template } from "../template/types";
import { periodSlotText } from "./periodTexts";
import { referencedSlots } from "./referencedSlots";
import { tableTexts } from "./tableTexts";

/** What every control of a report shows, and how many data rows each table has. */
export type ReportContent = {
  /** Tag → text, for every figure, period, table-cell (and, when rendering, header) control. */
  readonly texts: ReadonlyMap<string, string>;
  /** Table id → data rows. */
  readonly rows: ReadonlyMap<string, number>;
};

export type ReportContentInput = {
  readonly template: Template;
  readonly figures: Figures;
  readonly agency: AgencyProfile;
  readonly period: Period;
  /** Overrides of the template's house style (Quý/Quí, 6/06 tháng, "99,36 %"). */
  readonly style?: Partial<HouseStyle>;
  /**
   * "render" (default) adds the header fields, blank: ND 30 leaves number and date to the văn thư. "refresh"
   * leaves them out, since a refresh never writes them.
   */
  readonly purpose?: "render" | "refresh";
};

/**
 * What a prose figure without a value shows: a visible gap the clerk cannot miss when reading ("có […] hồ
 * sơ"), which the check before signing reports by its control. Table cells without a value stay blank, as
 * tables print them.
 */
export const MISSING_FIGURE = "[…]";

/** The header fields a draft shows blank and a refresh never touches. */
export const RENDER_ONLY_FIELDS: readonly HeaderField[] = ["docNumber", "issueDate"];

/** The tags of the header fields: in a drafted report, never in what a refresh compares. */
export const RENDER_ONLY_TAGS: ReadonlySet<string> = new Set(RENDER_ONLY_FIELDS.map(headerTag));

/**
 * The text every figure, period and header control of the report should show, tag → text, from the template,
 * the Figures and the period: prose figures in the field's format ("07", "99,36%", "1.053", "116/116", a phrase
 * for a zero), period phrases in the house style ("Quí I năm 2021", "từ 01/01/2021 đến ngày 01/03/2021",
 * "02/03/2021", "2021", "2020"), and every table cell that holds a figure. Pure: no document needed.
 *
 * @example
 * const { texts, rows } = reportContent({ template: cchcQuarterlySct, figures, agency: sctDongNai, period: { year: 2021, kind: "Q1" } });
 * texts.get("bc:fig:II.2.2.1.onTimeRatePct") // → "99,36%"
 * texts.get("bc:per:labelSlash")            // → "Quí I/2021"
 * texts.get("bc:fig:T2.r1.c5")              // → "96,3 %"
 * rows.get("T1")                            // → 5
 */
export function reportContent(input: ReportContentInput): ReportContent {
  const template: Template = input.style
    ? { ...input.template, houseStyle: { ...input.template.houseStyle, ...input.style } }
    : input.template;
  const { figures, period } = input;
  const used = referencedSlots(template);
  const texts = new Map<string, string>();
  const rows = new Map<string, number>();

  const computed = computeFields(template, figures);
  for (const key of used.figures) {
    const def = template.fields[key];
    const value = key in computed ? computed[key] : figures.fields[key];
    const missing = value === null || value === undefined || value === "";
    texts.set(
      figureTag(key),
      !def
        ? ""
        : missing && !def.computed
          ? MISSING_FIGURE
          : formatField(def, value ?? null, template.houseStyle),
    );
  }
  for (const slot of used.periods) {
    const def = template.periodSlots[slot];
    texts.set(periodTag(slot), def ? periodSlotText(def, { template, period, figures }) : "");
  }
  for (const id of used.tables) {
    const table = template.tables[id];
    if (!table) continue;
    const cells = tableTexts(table, figures);
    for (const [tag, text] of cells.texts) texts.set(tag, text);
    rows.set(id, cells.rows);
  }
  if ((input.purpose ?? "render") === "render") {
    for (const tag of RENDER_ONLY_TAGS) texts.set(tag, "");
  }
  return { texts, rows };
}
