import type { CellValue, Figures } from "../figures/schema";
import type { Period, PeriodKind } from "../period";
import { referencedSlots } from "../render/referencedSlots";
import { cellTag, figureTag } from "../tags/tags";
import { inputColumns } from "../template/inputColumns";
import type { ColumnDef, Template } from "../template/types";

const ORDER: readonly PeriodKind[] = ["Q1", "H1", "M9", "Y"];

const empty = (v: CellValue | unknown): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * The figures a report still lacks for its period, as the tags of the controls that show them: prose figures
 * without a value, and the input cells of the tables that must be filled — T6/T7 up to the period's column
 * only, optional columns (notes, T1's blanks) never. Computed cells follow their inputs.
 *
 * @example missingFigures(template, rolledFigures, { year: 2021, kind: "H1" }) // → ["bc:fig:II.2.2.1.onTimeRatePct", …]
 */
export function missingFigures(template: Template, figures: Figures, period: Period): readonly string[] {
  const out: string[] = [];
  for (const key of referencedSlots(template).figures) {
    const def = template.fields[key];
    if (!def || def.computed || def.scope === "historical") continue;
    if (empty(figures.fields[key])) out.push(figureTag(key));
  }
  for (const def of Object.values(template.tables)) {
    const rows = figures.tables[def.id]?.rows ?? [];
    const required = inputColumns(def).filter((c) => c.kind !== "text" && isRequired(c.column, period));
    if (rows.length === 0 && required.length > 0) {
      out.push(cellTag(def.id, 1, required[0]?.column.key ?? "c1"));
      continue;
    }
    rows.forEach((row, r) => {
      for (const c of required) if (empty(row[c.key])) out.push(cellTag(def.id, r + 1, c.column.key));
    });
  }
  return out;
}

function isRequired(column: ColumnDef, period: Period): boolean {
  if (column.progressive) {
    if (column.progressive === "prev") return true;
    return ORDER.indexOf(column.progressive) <= ORDER.indexOf(period.kind);
  }
  return column.optional !== true;
}
