import type { CivilDate } from "./CivilDate";
import { daysInMonth } from "./daysInMonth";

/**
 * Moves a date by whole months keeping where it sits in its month: the last day of a month stays the last
 * day (31/03 + 3 → 30/06, + 9 → 31/12); any other day keeps its number, clamped to the month's length
 * (30/01 + 1 → 28/02). This is the rule that rolls data windows and as-of dates from one period to the next.
 *
 * @example
 * shiftMonths({ year: 2021, month: 3, day: 1 }, 3)    // { year: 2021, month: 6, day: 1 }
 * shiftMonths({ year: 2021, month: 3, day: 31 }, 3)   // { year: 2021, month: 6, day: 30 }
 * shiftMonths({ year: 2020, month: 12, day: 15 }, 12) // { year: 2021, month: 12, day: 15 }
 */
export const shiftMonths = (date: CivilDate, months: number): CivilDate => {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const wasLastDay = date.day === daysInMonth(date.year, date.month);
  const length = daysInMonth(year, month);
  return { year, month, day: wasLastDay ? length : Math.min(date.day, length) };
};
