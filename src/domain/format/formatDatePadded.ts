import type { CivilDate } from "../period/CivilDate";
import { assertValidDate } from "./assertValidDate";
import { pad2 } from "./pad2";

/**
 * Writes a date as dd/mm/yyyy with day and month always in two digits, as the seed writes its data windows.
 *
 * @example
 * formatDatePadded({ year: 2021, month: 3, day: 1 }) // "01/03/2021"
 */
export const formatDatePadded = (d: CivilDate): string => {
  assertValidDate(d);
  return `${pad2(d.day)}/${pad2(d.month)}/${String(d.year).padStart(4, "0")}`;
};
