import type { CivilDate } from "./CivilDate";
import { daysInMonth } from "./daysInMonth";

/**
 * Whether a date exists in the calendar (integers, year 1–9999, month 1–12, day within the month).
 *
 * @example
 * isValidCivilDate({ year: 2021, month: 3, day: 2 })  // true
 * isValidCivilDate({ year: 2021, month: 2, day: 29 }) // false
 */
export const isValidCivilDate = (d: CivilDate): boolean =>
  Number.isInteger(d.year) &&
  Number.isInteger(d.month) &&
  Number.isInteger(d.day) &&
  d.year >= 1 &&
  d.year <= 9999 &&
  d.month >= 1 &&
  d.month <= 12 &&
  d.day >= 1 &&
  d.day <= daysInMonth(d.year, d.month);
