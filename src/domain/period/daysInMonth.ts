import { isLeapYear } from "./isLeapYear";

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The number of days of a month (1–12) in a year.
 *
 * @example
 * daysInMonth(2021, 2) // 28
 * daysInMonth(2024, 2) // 29
 * daysInMonth(2021, 6) // 30
 */
export const daysInMonth = (year: number, month: number): number => {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be 1–12, got ${month}`);
  }
  return month === 2 && isLeapYear(year) ? 29 : (DAYS[month - 1] ?? 31);
};
