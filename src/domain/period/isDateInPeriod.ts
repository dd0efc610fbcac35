import type { CivilDate } from "./CivilDate";
import type { Period } from "./Period";
import { periodLastMonth } from "./periodLastMonth";

/**
 * Whether a date falls within the calendar months of a period (1 January to the end of its last month).
 * ND 09 windows start on 15/12 of the previous year, so a window's start is outside by design.
 *
 * @example
 * isDateInPeriod({ year: 2021, month: 3, day: 31 }, { year: 2021, kind: "Q1" }) // true
 * isDateInPeriod({ year: 2021, month: 4, day: 1 }, { year: 2021, kind: "Q1" })  // false
 */
export const isDateInPeriod = (d: CivilDate, p: Period): boolean =>
  d.year === p.year && d.month <= periodLastMonth(p.kind);
