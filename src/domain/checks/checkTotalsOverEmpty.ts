import { issue, type Issue } from "../issues/Issue";
import type { TableValues } from "./TableValues";

const blank = (v: unknown) => v === null || v === undefined || v === "";

/**
 * A total that is not zero although every cell above it is empty (template-spec §7 A1: T1 prints "05"
 * under two empty columns because it counts rows). A warning at the total's cell: the seed's way of counting
 * is kept, but the clerk should fill the column or question the total.
 *
 * @example checkTotalsOverEmpty(T1 of the seed) // → warnings at T1 rTotal c6 and c7, { value: 5 }
 */
export function checkTotalsOverEmpty(table: TableValues): readonly Issue[] {
  const { def } = table;
  if (!def.total || table.data.length === 0) return [];
  const labelSpan = def.total.labelSpan;
  return table.total.flatMap((cell, t) => {
    const i = labelSpan + t;
    const value = cell.value;
    if (typeof value !== "number" || value === 0) return [];
    if (!table.data.every((cells) => blank(cells[i]?.value))) return [];
    return [issue("check.totalOverEmpty", ["tables", def.id, "rows", "rTotal", cell.column], { value }, "warning")];
  });
}
