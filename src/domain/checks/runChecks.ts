import type { Figures } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import type { Template } from "../template/types";
import { rulesByTemplate } from "./cchcQuarterlySctRules";
import { checkFieldIsColumnSum } from "./checkFieldIsColumnSum";
import { checkInputFormulas } from "./checkInputFormulas";
import { checkNotGreater } from "./checkNotGreater";
import { checkProgressive } from "./checkProgressive";
import { checkRatioFields } from "./checkRatioFields";
import { checkRowNotGreater } from "./checkRowNotGreater";
import { checkSameValue } from "./checkSameValue";
import { checkTotalsOverEmpty } from "./checkTotalsOverEmpty";
import type { CrossRule } from "./CrossRule";
import { tableValues, type TableValues } from "./TableValues";

/**
 * The consistency rules of template-spec §3 and §4 over one Figures: what the template's structure implies
 * (progressive columns only grow, input-and-checked formulas hold, no total over empty cells, ratios within
 * their whole) and the template's declared cross-field rules (done ≤ total, the same count in two tables, a
 * prose figure equal to a column's sum). Every issue has a code, a path and an explicit severity: "error"
 * for figures that cannot both be true, "warning" for what needs a human look. Figures are expected to have
 * passed `parseFigures`; values of the wrong kind are skipped, not reported twice.
 *
 * @example
 * runChecks(cchcQuarterlySct, seedFigures).map((i) => `${i.code} ${i.path.join(".")}`)
 * // → ["check.totalOverEmpty tables.T1.rows.rTotal.c6", "check.totalOverEmpty tables.T1.rows.rTotal.c7",
 * //    "check.partExceedsWhole tables.T8.rows.0.c2", "check.crossFieldMismatch tables.T8.rows.0.c3"]
 */
export function runChecks(template: Template, figures: Figures): readonly Issue[] {
  const tables = tableValues(template, figures);
  const present = [...tables.values()].filter((t) => figures.tables[t.def.id] !== undefined);
  return [
    ...present.flatMap((t) => [...checkTotalsOverEmpty(t), ...checkInputFormulas(t), ...checkProgressive(t)]),
    ...(rulesByTemplate[template.id] ?? []).flatMap((rule) => checkRule(rule, tables, figures)),
    ...checkRatioFields(template, figures),
  ];
}

function checkRule(rule: CrossRule, tables: ReadonlyMap<string, TableValues>, figures: Figures): readonly Issue[] {
  switch (rule.kind) {
    case "notGreater":
      return checkNotGreater(rule, tables);
    case "sameValue":
      return checkSameValue(rule, tables);
    case "fieldIsColumnSum":
      return checkFieldIsColumnSum(rule, tables, figures);
    case "rowNotGreater":
      return checkRowNotGreater(rule, tables);
  }
}
