import { percentOf } from "../format";
import { issue, type Issue } from "../issues/Issue";
import { decimalsOf, sumOf } from "../figures/evaluateRow";
import type { TableValues } from "./TableValues";

/**
 * An input column that also carries a formula is input-and-checked (template-spec §3 T2: "c3 = c4 + c6,
 * either computed, or input and checked"): the input must agree with its formula. A sum must be exact; a
 * percent must equal the recomputed one at the column's places. Not judged while an operand is blank.
 *
 * @example checkInputFormulas(T2 with c3 input, row { c3: 2556, c4: 2460, c6: 95 })
 * // → [check.sumMismatch at T2 row 0 c3, { expected: 2555, actual: 2556 }]
 */
export function checkInputFormulas(table: TableValues): readonly Issue[] {
  const { def } = table;
  const index = new Map(def.columns.map((c, i) => [c.key, i]));
  return def.columns.flatMap((column) => {
    const formula = column.formula;
    if (column.class !== "IN" || !formula) return [];
    return table.data.flatMap((cells, row) => {
      const at = (key: string): number | null => {
        const v = cells[index.get(key) ?? -1]?.value;
        return typeof v === "number" ? v : null;
      };
      const actual = at(column.key);
      if (actual === null) return [];
      const path = ["tables", def.id, "rows", row, column.key];
      if (formula.op === "sum") {
        const expected = sumOf(formula.of.map(at));
        return expected === null || expected === actual ? [] : [issue("check.sumMismatch", path, { expected, actual }, "error")];
      }
      const num = at(formula.num);
      const den = at(formula.den);
      const expected = num === null || den === null ? undefined : percentOf(num, den, decimalsOf(column));
      if (expected === undefined || expected === percentOf(actual, 100, decimalsOf(column))) return [];
      return [issue("check.ratioMismatch", path, { value: actual, expected }, "error")];
    });
  });
}
