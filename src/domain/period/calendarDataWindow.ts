import type { DataWindow } from "./DataWindow";
import { daysInMonth } from "./daysInMonth";
import type { Period } from "./Period";
import { periodLastMonth } from "./periodLastMonth";

/**
 * The calendar window of a period: 1 January to the last day of the period's last month.
 *
 * @example
 * calendarDataWindow({ year: 2021, kind: "H1" })
 * // { from: { year: 2021, month: 1, day: 1 }, to: { year: 2021, month: 6, day: 30 } }
 */
export const calendarDataWindow = (p: Period): DataWindow => {
  const month = periodLastMonth(p.kind);
  return {
    from: { year: p.year, month: 1, day: 1 },
    to: { year: p.year, month, day: daysInMonth(p.year, month) },
  };
};
