import type { DataWindow } from "./DataWindow";
import type { Period } from "./Period";
import { rollAsOfDate } from "./rollAsOfDate";
import { shiftMonths } from "./shiftMonths";

/**
 * Moves a report's data window to another period keeping its shape. Every period starts in January, so the
 * start keeps its place relative to the period's year (01/01 stays 01/01, ND 09's 15/12 of the previous year
 * stays 15/12 of the previous year). The end keeps its place relative to the period's last month, as
 * `rollAsOfDate` does: the same day of the month (clamped) or the last day when it was the last day.
 * ND 09 windows roll to ND 09 windows and calendar windows to calendar windows.
 *
 * @example
 * // the seed's custom window "từ 01/01/2021 đến ngày 01/03/2021"
 * const q1 = { year: 2021, kind: "Q1" } as const;
 * const window = { from: { year: 2021, month: 1, day: 1 }, to: { year: 2021, month: 3, day: 1 } };
 * rollDataWindow(window, q1, { year: 2021, kind: "H1" })
 * // { from: { year: 2021, month: 1, day: 1 }, to: { year: 2021, month: 6, day: 1 } }
 * rollDataWindow(window, q1, { year: 2022, kind: "Q1" })
 * // { from: { year: 2022, month: 1, day: 1 }, to: { year: 2022, month: 3, day: 1 } }
 */
export const rollDataWindow = (window: DataWindow, from: Period, to: Period): DataWindow => ({
  from: shiftMonths(window.from, (to.year - from.year) * 12),
  to: rollAsOfDate(window.to, from, to),
});
