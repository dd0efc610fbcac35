import type { CellValue } from "../figures/schema";
import type { ColumnKey, TableDef } from "../template/types";

/**
 * The value of a column in one row as the add-in would compute it from the row's input values: an input
 * number as is, a composite cell as the sum of its parts, a formula (sum, percentage) over other columns.
 * Undefined when an operand is missing, not a number, or a percentage of zero.
 *
 * @example evaluateColumn(T2, "c5", { c4: 2460, c6: 95, c3: 2555 }) // → 96.28180039138943
 */
export function evaluateColumn(
  table: TableDef,
  key: ColumnKey,
  row: Readonly<Record<ColumnKey, CellValue | undefined>>,
  depth = 0,
): number | undefined {
  const own = row[key];
  if (typeof own === "number") return own;
  const column = table.columns.find((c) => c.key === key);
  if (!column || depth > table.columns.length) return undefined;
  if (column.parts && column.parts.length > 0) return sum(column.parts.map((p) => row[p.key]));
  const formula = column.formula;
  if (!formula) return undefined;
  if (formula.op === "sum") return sum(formula.of.map((k) => evaluateColumn(table, k, row, depth + 1)));
  const num = evaluateColumn(table, formula.num, row, depth + 1);
  const den = evaluateColumn(table, formula.den, row, depth + 1);
  return num === undefined || den === undefined || den === 0 ? undefined : (num / den) * 100;
}

function sum(values: readonly (CellValue | undefined)[]): number | undefined {
  let total = 0;
  for (const v of values) {
    if (typeof v !== "number") return undefined;
    total += v;
  }
  return total;
}
