import type { CivilDate } from "./CivilDate";
import type { Period } from "./Period";
import { periodLastMonth } from "./periodLastMonth";
import { shiftMonths } from "./shiftMonths";

/**
 * Moves a date tied to the end of a period (an as-of date, the end of a data window) to another period:
 * it keeps its distance in months from the period's last month and its place in the month — the same day,
 * clamped to the month's length, or the last day when it was the last day (see `shiftMonths`).
 *
 * @example
 * // the seed's "tính đến ngày 02/03/2021" in Quý I/2021 becomes 02/06/2021 for 6 tháng 2021
 * rollAsOfDate({ year: 2021, month: 3, day: 2 }, { year: 2021, kind: "Q1" }, { year: 2021, kind: "H1" })
 * // { year: 2021, month: 6, day: 2 }
 * // an end-of-month date stays at the end of the month
 * rollAsOfDate({ year: 2021, month: 6, day: 30 }, { year: 2021, kind: "H1" }, { year: 2021, kind: "M9" })
 * // { year: 2021, month: 9, day: 30 }
 */
export const rollAsOfDate = (date: CivilDate, from: Period, to: Period): CivilDate =>
  shiftMonths(date, (to.year - from.year) * 12 + periodLastMonth(to.kind) - periodLastMonth(from.kind));
