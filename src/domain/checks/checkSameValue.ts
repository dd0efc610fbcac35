import { issue, type Issue } from "../issues/Issue";
import type { CrossRule } from "./CrossRule";
import { cellNotation, cellPath, valueAt, type TableValues } from "./TableValues";

type Rule = Extract<CrossRule, { kind: "sameValue" }>;

/**
 * Two cells, of one table or two, must show the same number (T8's public service units = T3's for the
 * report year). Not judged while either is blank.
 *
 * @example checkSameValue(rule, tables)
 * // → [check.crossFieldMismatch at T8 row 0 c3, { other: "T3.r2.c3", value: 1, otherValue: 2 }]
 */
export function checkSameValue(rule: Rule, tables: ReadonlyMap<string, TableValues>): readonly Issue[] {
  const value = valueAt(tables, rule.cell);
  const other = valueAt(tables, rule.other);
  if (typeof value !== "number" || typeof other !== "number" || value === other) return [];
  return [
    issue("check.crossFieldMismatch", cellPath(rule.cell), { other: cellNotation(rule.other), value, otherValue: other }, rule.severity),
  ];
}
