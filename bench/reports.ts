/**
 * The two reports the benchmarks run on — the shipped Quý I/2021 report of Sở Công Thương Đồng Nai and the
 * 30-agency consolidated one — and the figures each refresh scenario brings.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFigures } from "../src/domain/figures/parseFigures";
import type { CellValue, FieldValue, Figures } from "../src/domain/figures/schema";
import type { Period } from "../src/domain/period";
import { cchcQuarterlySct } from "../src/domain/template/cchcQuarterlySct";
import { sctDongNai } from "../src/domain/template/cchcQuarterlySct/agencyProfile";
import { inputColumns } from "../src/domain/template/inputColumns";
import type { AgencyProfile, Template } from "../src/domain/template/types";
import { CONSOLIDATED_AGENCIES, consolidatedFigures, consolidatedTemplate } from "./consolidated";

export const ROOT = join(__dirname, "..");
export const FIXTURE = join(ROOT, "test/fixtures/figures/sct-dongnai-2021-Q1.json");
export const Q1_2021: Period = { year: 2021, kind: "Q1" };
export const H1_2021: Period = { year: 2021, kind: "H1" };

/** One report to benchmark: everything `draftReport`, `refreshReport` and `rollForward` need. */
export type BenchReport = {
  readonly name: "shipped" | "consolidated";
  readonly template: Template;
  readonly figures: Figures;
  readonly agency: AgencyProfile;
  readonly period: Period;
};

/** Validated figures, or an error naming the first problems (a benchmark on invalid data measures nothing). */
export function validFigures(raw: unknown, template: Template): Figures {
  const { value, issues } = parseFigures(raw, template);
  if (!value) throw new Error(`bench: figures rejected: ${JSON.stringify(issues.slice(0, 3))}`);
  return value;
}

export function shippedReport(): BenchReport {
  const figures = validFigures(JSON.parse(readFileSync(FIXTURE, "utf8")), cchcQuarterlySct);
  return { name: "shipped", template: cchcQuarterlySct, figures, agency: sctDongNai, period: Q1_2021 };
}

export function consolidatedReport(agencies = CONSOLIDATED_AGENCIES): BenchReport {
  const shipped = shippedReport();
  const template = consolidatedTemplate(cchcQuarterlySct, agencies);
  const figures = validFigures(consolidatedFigures(shipped.figures, template, agencies), template);
  return { name: "consolidated", template, figures, agency: sctDongNai, period: Q1_2021 };
}

/** The three inputs of the end-to-end refresh test: a prose count, a T2 input and a T9 input. */
export function threeChanged(figures: Figures): Figures {
  const tables = structuredClone(figures.tables) as Record<string, { rows: Record<string, CellValue>[] }>;
  const t2 = tables.T2?.rows[0];
  const t9 = tables.T9?.rows[0];
  if (!t2 || !t9) throw new Error("bench: the figures lack T2 or T9");
  t2.c4 = 2300;
  t9.c7 = 1060;
  return { ...figures, fields: { ...figures.fields, "II.1.vbqpplDraftsRegistered": 8 }, tables };
}

const nudged = (value: number, kind: "integer" | "percent"): number =>
  kind === "percent" ? (value >= 1 ? value - 1 : value + 1) : value + 1;

function nudgeField(value: FieldValue, type: string | undefined): FieldValue {
  if (typeof value === "number" && (type === "integer" || type === "percent")) return nudged(value, type);
  if (value && typeof value === "object" && type === "ratio") return { num: value.num - 1, den: value.den };
  return value;
}

/**
 * Every number of the figures moved: every integer and percent input, every ratio, in prose and in every table
 * row (texts, years and dates stay, so not literally every control changes: the figure is reported with its
 * count of changes).
 */
export function allChanged(figures: Figures, template: Template): Figures {
  const fields = Object.fromEntries(
    Object.entries(figures.fields).map(([key, value]) => [
      key,
      nudgeField(value, template.fields[key]?.type),
    ]),
  );
  const tables: Record<string, { rows: Record<string, CellValue>[] }> = {};
  for (const [id, table] of Object.entries(figures.tables)) {
    const columns = template.tables[id] ? inputColumns(template.tables[id]) : [];
    tables[id] = {
      rows: table.rows.map((row) => {
        const out = { ...row };
        for (const column of columns) {
          const value = out[column.key];
          if ((column.kind === "integer" || column.kind === "percent") && typeof value === "number")
            out[column.key] = nudged(value, column.kind);
        }
        return out;
      }),
    };
  }
  return { ...figures, fields, tables };
}
