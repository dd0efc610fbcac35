import { parseIsoDate } from "../format/parseIsoDate";
import { parseViDate } from "../format/parseViDate";
import { toIsoDate } from "../format/toIsoDate";
import { issue, type Issue } from "../issues/Issue";
import type { Grid } from "../paste/Grid";
import { normalizeLabel } from "../paste/normalizeLabel";
import { formatPeriodCode, parsePeriod } from "../period";
import { parsePeriodLabel } from "../period/parsePeriodLabel";
import { COVER_LABELS } from "./planCoverSheet";

/** What a cover says: codes where it has them, dates as ISO, and where each was. */
export type Cover = {
  readonly agency?: string;
  readonly period?: string;
  readonly template?: string;
  readonly from?: string;
  readonly to?: string;
  readonly asOf?: string;
  /** Row of each line, for issues. */
  readonly rows: Readonly<Partial<Record<keyof typeof COVER_LABELS, number>>>;
  readonly issues: readonly Issue[];
};

const LABELS = Object.entries(COVER_LABELS).map(([k, v]) => [k as keyof typeof COVER_LABELS, normalizeLabel(v)] as const);

/** Whether a sheet is a cover: at least the agency and period lines, by their labels in column A. */
export function isCover(grid: Grid): boolean {
  const firsts = new Set(grid.slice(0, 30).map((r) => normalizeLabel(r[0] ?? "")));
  return firsts.has(normalizeLabel(COVER_LABELS.agency)) && firsts.has(normalizeLabel(COVER_LABELS.period));
}

function readDate(text: string): string | undefined {
  const vi = parseViDate(text);
  const read = "value" in vi ? vi : parseIsoDate(text);
  return "value" in read ? toIsoDate(read.value) : undefined;
}

/**
 * Reads the cover: the period by its code (hidden column C) or its label ("Quý I năm 2021"), the agency and
 * template by their codes, the data window and as-of date as Excel dates or vi-VN text.
 */
export function readCover(sheet: string, grid: Grid): Cover {
  const rows: Partial<Record<keyof typeof COVER_LABELS, number>> = {};
  const issues: Issue[] = [];
  const out: { -readonly [K in keyof Cover]?: Cover[K] } = {};
  grid.slice(0, 30).forEach((cells, row) => {
    const label = normalizeLabel(cells[0] ?? "");
    const found = LABELS.find(([, l]) => l === label);
    if (!found) return;
    const [name] = found;
    rows[name] = row;
    const shown = (cells[1] ?? "").trim();
    const code = (cells[2] ?? "").trim();
    switch (name) {
      case "agency":
        if (code) out.agency = code;
        break;
      case "template":
        if (code) out.template = code;
        break;
      case "period": {
        const parsed = code ? parsePeriod(code) : parsePeriodLabel(shown);
        if ("value" in parsed) out.period = formatPeriodCode(parsed.value);
        break;
      }
      case "from":
      case "to":
      case "asOf": {
        if (shown === "") break;
        const iso = readDate(shown);
        if (iso) out[name] = iso;
        else issues.push(issue("paste.badDate", ["workbook", sheet, row, 1], { value: shown }));
        break;
      }
    }
  });
  return { ...out, rows, issues };
}
