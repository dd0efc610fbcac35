import { computeFields } from "../figures/computeFields";
import type { Figures } from "../figures/schema";
import { issue, type Issue } from "../issues/Issue";
import type { Template } from "../template/types";

/**
 * Ratio figures and what is computed from them: a ratio's part may not exceed its whole ("116/116"), and a
 * computed figure that arrives with the data (it should not) must at least agree with the computation
 * ("đạt 100%" for 116/116).
 *
 * @example checkRatioFields(template, { fields: { "II.6.c.egovOnlineProcs": { num: 117, den: 116 } } })
 * // → [check.ratioOverWhole at fields/II.6.c.egovOnlineProcs, { num: 117, den: 116 }]
 */
export function checkRatioFields(template: Template, figures: Pick<Figures, "fields">): readonly Issue[] {
  const out: Issue[] = [];
  for (const def of Object.values(template.fields)) {
    const value = figures.fields[def.key];
    if (def.type === "ratio" && typeof value === "object" && value !== null && value.num > value.den) {
      out.push(issue("check.ratioOverWhole", ["fields", def.key], { num: value.num, den: value.den }, "error"));
    }
  }
  const computed = computeFields(template, figures);
  for (const [key, expected] of Object.entries(computed)) {
    const given = figures.fields[key];
    if (typeof given !== "number" || expected === null || given === expected) continue;
    out.push(issue("check.ratioMismatch", ["fields", key], { value: given, expected }, "error"));
  }
  return out;
}
