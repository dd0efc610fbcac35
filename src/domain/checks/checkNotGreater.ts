import { issue, type Issue } from "../issues/Issue";
import type { CrossRule } from "./CrossRule";
import { cellPath, columnName, valueAt, type TableValues } from "./TableValues";

type Rule = Extract<CrossRule, { kind: "notGreater" }>;

/**
 * In every data row of the table, `part` must not exceed `whole` (T8: "Đã thực hiện" ≤ its total). Rows
 * where either cell is blank are not judged.
 *
 * @example checkNotGreater(rule, tables) // → [check.partExceedsWhole at T8 row 0 c2] for 1 > 0
 */
export function checkNotGreater(rule: Rule, tables: ReadonlyMap<string, TableValues>): readonly Issue[] {
  const table = tables.get(rule.table);
  if (!table) return [];
  return table.data.flatMap((_, row) => {
    const part = valueAt(tables, { table: rule.table, row, column: rule.part });
    const whole = valueAt(tables, { table: rule.table, row, column: rule.whole });
    if (typeof part !== "number" || typeof whole !== "number" || part <= whole) return [];
    const params = {
      part: columnName(table.def, rule.part),
      partValue: part,
      whole: columnName(table.def, rule.whole),
      wholeValue: whole,
    };
    return [issue("check.partExceedsWhole", cellPath({ table: rule.table, row, column: rule.part }), params, rule.severity)];
  });
}
