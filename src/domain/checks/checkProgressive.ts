import { issue, type Issue } from "../issues/Issue";
import type { ColumnDef } from "../template/types";
import type { TableValues } from "./TableValues";

const ORDER = ["Q1", "H1", "M9", "Y"] as const;

/**
 * The year-to-date period columns of T6/T7 may only grow: Quí I ≤ 06 tháng ≤ 09 tháng ≤ Năm, row by row,
 * among the columns that are filled ("Năm trước" is another year and stays out). A decrease is reported at
 * the later cell, against the last filled column before it.
 *
 * @example checkProgressive(T6 with row { c3: 2, c4: 1 }) // → [check.progressiveDecrease at T6 row 0 c4]
 */
export function checkProgressive(table: TableValues): readonly Issue[] {
  const columns = ORDER.flatMap((slot) => {
    const i = table.def.columns.findIndex((c) => c.progressive === slot);
    const column = table.def.columns[i];
    return column ? [{ i, column }] : [];
  });
  if (columns.length < 2) return [];
  return table.data.flatMap((cells, row) => {
    const out: Issue[] = [];
    let last: { column: ColumnDef; value: number } | undefined;
    for (const { i, column } of columns) {
      const value = cells[i]?.value;
      if (typeof value !== "number") continue;
      if (last && value < last.value) {
        const params = { from: last.column.label.vi, fromValue: last.value, to: column.label.vi, toValue: value };
        out.push(issue("check.progressiveDecrease", ["tables", table.def.id, "rows", row, column.key], params, "error"));
      }
      last = { column, value };
    }
    return out;
  });
}
