import { issue, type Issue } from "../issues/Issue";
import type { CrossRule } from "./CrossRule";
import { cellNotation, cellPath, valueAt, type TableValues } from "./TableValues";

type Rule = Extract<CrossRule, { kind: "rowNotGreater" }>;

/**
 * A row that counts a subset must not exceed the row of its whole, column by column (T10: leaders signing
 * with a certificate from Ban Cơ yếu ≤ all leaders signing).
 *
 * @example checkRowNotGreater(rule, tables) // → [] for 52 ≤ 53
 */
export function checkRowNotGreater(rule: Rule, tables: ReadonlyMap<string, TableValues>): readonly Issue[] {
  return rule.columns.flatMap((column) => {
    const partRef = { table: rule.table, row: rule.part, column };
    const wholeRef = { table: rule.table, row: rule.whole, column };
    const part = valueAt(tables, partRef);
    const whole = valueAt(tables, wholeRef);
    if (typeof part !== "number" || typeof whole !== "number" || part <= whole) return [];
    const params = { part: cellNotation(partRef), partValue: part, whole: cellNotation(wholeRef), wholeValue: whole };
    return [issue("check.partExceedsWhole", cellPath(partRef), params, rule.severity)];
  });
}
