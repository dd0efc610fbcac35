import type { TableDef } from "../template/types";
import type { ComputedCell, ComputedRow, ComputedTable, InputRow } from "./ComputedTable";
import { aggregateTotal } from "./aggregateTotal";
import { evaluateRow } from "./evaluateRow";

/**
 * The whole body of a table as the report prints it, from the input rows of Figures: data rows with their
 * computed cells, the group rows of a fixed table in place, and the total row. Values are typed (percents
 * already rounded to their column's places); `formatCell` writes them the seed's way. A fixed table's
 * missing input rows print blank.
 *
 * @example
 * const body = computeTable(T2, [{ c2: "Công Thương", c4: 2460, c6: 95 }]);
 * formatTable(T2, body)
 * // → [["1", "Công Thương", "2.555", "2.460", "96,3 %", "95", "3,7 %"],
 * //    ["Tổng số", "2.555", "2.460", "96,3 %", "95", "3,7 %"]]
 */
export function computeTable(def: TableDef, rows: readonly InputRow[]): ComputedTable {
  const out: ComputedRow[] = [];
  const data: (readonly ComputedCell[])[] = [];
  const push = (id: string, row: InputRow, label?: Readonly<Record<string, string>>) => {
    const index = data.length;
    const cells = evaluateRow({ def, row, index, ...(label ? { label } : {}) });
    data.push(cells);
    out.push({ kind: "data", id, index, cells });
  };
  if (def.rows.mode === "fixed") {
    for (const row of def.rows.rows) {
      if (row.kind === "group") out.push({ kind: "group", id: row.id, label: row.label });
      else push(row.id, rows[data.length] ?? {}, row.label);
    }
  } else {
    rows.forEach((row, r) => push(`r${r + 1}`, row));
  }
  if (def.total) {
    out.push({ kind: "total", label: def.total.label, labelSpan: def.total.labelSpan, cells: aggregateTotal(def, data) });
  }
  return { table: def.id, rows: out };
}
