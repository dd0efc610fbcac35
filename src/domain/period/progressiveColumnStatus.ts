import { PERIOD_KINDS, type Period } from "./Period";
import type { ProgressiveColumn } from "./progressiveColumnOf";

/**
 * What a T6/T7 column holds in a report for a period: `past` (an earlier report of the same year filled it;
 * keep its values), `current` (this report fills it) or `future` (empty until a later report).
 * Rolling Năm → Quý I of the next year makes every column but `Q1` future again (template-spec §5.2 #14).
 *
 * @example
 * progressiveColumnStatus({ year: 2021, kind: "M9" }, "Q1") // "past"
 * progressiveColumnStatus({ year: 2021, kind: "M9" }, "M9") // "current"
 * progressiveColumnStatus({ year: 2021, kind: "M9" }, "Y")  // "future"
 */
export const progressiveColumnStatus = (
  p: Period,
  column: ProgressiveColumn,
): "past" | "current" | "future" => {
  const difference = PERIOD_KINDS.indexOf(column) - PERIOD_KINDS.indexOf(p.kind);
  return difference < 0 ? "past" : difference === 0 ? "current" : "future";
};
