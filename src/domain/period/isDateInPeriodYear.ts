import type { CivilDate } from "./CivilDate";
import type { Period } from "./Period";

/**
 * Whether a date falls in the calendar year of a period.
 *
 * @example
 * isDateInPeriodYear({ year: 2021, month: 11, day: 2 }, { year: 2021, kind: "Q1" }) // true
 * isDateInPeriodYear({ year: 2020, month: 12, day: 15 }, { year: 2021, kind: "Q1" }) // false
 */
export const isDateInPeriodYear = (d: CivilDate, p: Period): boolean => d.year === p.year;
