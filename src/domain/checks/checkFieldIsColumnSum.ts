import type { Figures } from "../figures/schema";
import { issue, type Issue } from "../issues/Issue";
import type { CrossRule } from "./CrossRule";
import type { TableValues } from "./TableValues";

type Rule = Extract<CrossRule, { kind: "fieldIsColumnSum" }>;

/**
 * A prose figure must equal the sum of a table column over its data rows: "1.053 văn bản đi" is T9's
 * electronic "Gửi" column. Not judged while the figure or the whole column is blank.
 *
 * @example checkFieldIsColumnSum(rule, tables, { fields: { "II.6.a.signedOutgoingDocs": 1000 } })
 * // → [check.crossFieldMismatch at fields/II.6.a.signedOutgoingDocs, { other: "T9.c7", value: 1000, otherValue: 1053 }]
 */
export function checkFieldIsColumnSum(
  rule: Rule,
  tables: ReadonlyMap<string, TableValues>,
  figures: Pick<Figures, "fields">,
): readonly Issue[] {
  const value = figures.fields[rule.field];
  const table = tables.get(rule.table);
  const i = table?.def.columns.findIndex((c) => c.key === rule.column) ?? -1;
  if (typeof value !== "number" || !table || i < 0) return [];
  const numbers = table.data.flatMap((cells) => {
    const v = cells[i]?.value;
    return typeof v === "number" ? [v] : [];
  });
  if (numbers.length === 0) return [];
  const sum = numbers.reduce((s, v) => s + v, 0);
  if (sum === value) return [];
  const params = { other: `${rule.table}.${rule.column}`, value, otherValue: sum };
  return [issue("check.crossFieldMismatch", ["fields", rule.field], params, rule.severity)];
}
