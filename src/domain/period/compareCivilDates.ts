import type { CivilDate } from "./CivilDate";

/**
 * Orders two dates: negative when `a` is earlier, 0 when equal, positive when later (a comparator for sort).
 *
 * @example
 * compareCivilDates({ year: 2021, month: 1, day: 1 }, { year: 2021, month: 3, day: 1 }) // < 0
 */
export const compareCivilDates = (a: CivilDate, b: CivilDate): number =>
  a.year !== b.year ? a.year - b.year : a.month !== b.month ? a.month - b.month : a.day - b.day;
