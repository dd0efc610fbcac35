import type { CivilDate } from "../period/CivilDate";
import { assertValidDate } from "./assertValidDate";
import { pad2 } from "./pad2";

/**
 * Writes a date in words as the header of an ND 30 document does ("Đồng Nai, ngày … tháng … năm …"): day
 * below 10 and the months 1 and 2 with a leading zero.
 *
 * @example
 * formatLongDate({ year: 2021, month: 1, day: 5 })  // "ngày 05 tháng 01 năm 2021"
 * formatLongDate({ year: 2021, month: 3, day: 15 }) // "ngày 15 tháng 3 năm 2021"
 */
export const formatLongDate = (d: CivilDate): string => {
  assertValidDate(d);
  return `ngày ${pad2(d.day)} tháng ${d.month <= 2 ? pad2(d.month) : String(d.month)} năm ${d.year}`;
};
