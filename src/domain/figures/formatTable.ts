import type { TableDef } from "../template/types";
import type { ComputedCell, ComputedTable } from "./ComputedTable";
import { formatCell } from "./formatCell";

/**
 * Every printed row of a computed table as text, in order: a data row has one text per column, a group row
 * its label alone, the total row its label followed by the columns after the label's span.
 *
 * @example formatTable(T5, computeTable(T5, [{ c2: 0, c3: 0 }, { c2: 0, c3: 0 }])).at(-1) // → ["Tổng", "0", "0", ""]
 */
export function formatTable(def: TableDef, body: ComputedTable): readonly (readonly string[])[] {
  const byKey = new Map(def.columns.map((c) => [c.key, c]));
  const text = (cell: ComputedCell, total: boolean): string => {
    const column = byKey.get(cell.column);
    if (!column) return "";
    return formatCell(column, cell, (total ? def.total?.formats?.[cell.column] : undefined) ?? column.format);
  };
  return body.rows.map((row) => {
    switch (row.kind) {
      case "group":
        return [row.label];
      case "data":
        return row.cells.map((c) => text(c, false));
      case "total":
        return [row.label, ...row.cells.map((c) => text(c, true))];
    }
  });
}
