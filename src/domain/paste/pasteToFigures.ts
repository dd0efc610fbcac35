import type { CellValue, Figures, TableFigures } from "../figures/schema";
import type { ColumnKey } from "../template/types";
import type { PastedFields, PastedTable } from "./PastedTable";

const isPastedTable = (p: PastedTable | PastedFields): p is PastedTable =>
  typeof (p as PastedTable).tableId === "string" && Array.isArray((p as PastedTable).rows) && "mode" in p;

function mergeTable(base: TableFigures | undefined, pasted: PastedTable): TableFigures {
  if (pasted.mode === "variable") return { rows: pasted.rows.map((r) => ({ ...r })) };
  const old = base?.rows ?? [];
  const rows: Record<ColumnKey, CellValue>[] = pasted.rows.map((row, i) => ({ ...(old[i] ?? {}), ...row }));
  return { rows };
}

/**
 * Puts what was pasted into a Figures value, leaving the base untouched: a variable table's rows are replaced
 * by the pasted rows; a fixed table's rows take the pasted cells and keep the cells that were not pasted;
 * pasted figures replace those of the same key. The result is the same Figures shape, ready for `parseFigures`.
 *
 * @example
 * const next = pasteToFigures(figures, parsePastedTable(text, template, { table: "T2" }).value!);
 * parseFigures(next, template).issues // → []
 */
export function pasteToFigures(base: Figures, pasted: PastedTable | PastedFields): Figures {
  if (isPastedTable(pasted)) {
    return { ...base, tables: { ...base.tables, [pasted.tableId]: mergeTable(base.tables[pasted.tableId], pasted) } };
  }
  return { ...base, fields: { ...base.fields, ...pasted } };
}
