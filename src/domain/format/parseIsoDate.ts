import type { CivilDate } from "../period/CivilDate";
import { isValidCivilDate } from "../period/isValidCivilDate";
import type { DateParse } from "./DateParse";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO 8601 calendar date, exactly YYYY-MM-DD (no time, no zone).
 *
 * @example
 * parseIsoDate("2021-03-02") // { value: { year: 2021, month: 3, day: 2 } }
 * parseIsoDate("2021-02-29") // { issue: "date.nonexistent" }
 * parseIsoDate("2021-3-2")   // { issue: "date.invalid" }
 */
export const parseIsoDate = (text: string): DateParse => {
  const input = text.trim();
  if (input === "") return { issue: "date.empty" };
  const match = ISO.exec(input);
  if (match === null) return { issue: "date.invalid" };
  const value: CivilDate = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCivilDate(value) ? { value } : { issue: "date.nonexistent" };
};
