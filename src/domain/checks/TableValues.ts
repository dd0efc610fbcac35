import { computeTable } from "../figures/computeTable";
import type { ComputedCell, InputRow } from "../figures/ComputedTable";
import type { Figures } from "../figures/schema";
import type { ColumnKey, TableDef, TableId, Template } from "../template/types";
import { cellName } from "../tags/tags";
import type { CellRef } from "./CrossRule";

/** One table of Figures with its computed body: input rows, data rows' cells, the total row's cells. */
export type TableValues = {
  readonly def: TableDef;
  readonly input: readonly InputRow[];
  readonly data: readonly (readonly ComputedCell[])[];
  readonly total: readonly ComputedCell[];
};

/**
 * Every table of the Figures that the template knows, computed once for all the checks.
 *
 * @example tableValues(template, figures).get("T2")?.data[0]?.[2]?.value // → 2555
 */
export function tableValues(template: Template, figures: Figures): ReadonlyMap<TableId, TableValues> {
  const out = new Map<TableId, TableValues>();
  for (const [id, def] of Object.entries(template.tables)) {
    const input = figures.tables[id]?.rows ?? [];
    const body = computeTable(def, input);
    const data = body.rows.flatMap((r) => (r.kind === "data" ? [r.cells] : []));
    const total = body.rows.flatMap((r) => (r.kind === "total" ? r.cells : []));
    out.set(id, { def, input, data, total });
  }
  return out;
}

/** A cell's value in a data row: a column's (computed) value, else the input value of a part or note key. */
export function valueAt(tables: ReadonlyMap<TableId, TableValues>, ref: CellRef): unknown {
  const table = tables.get(ref.table);
  if (!table) return undefined;
  const i = table.def.columns.findIndex((c) => c.key === ref.column);
  return i >= 0 ? table.data[ref.row]?.[i]?.value : table.input[ref.row]?.[ref.column];
}

/** The label a message gives a column or input key: its leaf header, else the key. */
export function columnName(def: TableDef, key: ColumnKey): string {
  const column = def.columns.find((c) => c.key === key);
  if (column) return column.label.vi;
  const owner = def.columns.find((c) => c.parts?.some((p) => p.key === key));
  const part = owner?.parts?.find((p) => p.key === key);
  return owner && part ? `${owner.label.vi} (${part.label})` : key;
}

/** template-spec's cell notation, "T3.r2.c3" (rows from 1), for messages that name another cell. */
export const cellNotation = (ref: CellRef): string => cellName(ref.table, ref.row + 1, ref.column);

/** The issue path of a data cell: ["tables", "T8", "rows", 0, "c2"]. */
export const cellPath = (ref: CellRef): readonly (string | number)[] => ["tables", ref.table, "rows", ref.row, ref.column];
