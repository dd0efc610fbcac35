import type { CivilDate } from "../period/CivilDate";
import { isValidCivilDate } from "../period/isValidCivilDate";
import type { DateParse } from "./DateParse";

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const WORDS = /^(?:ngày )?(\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/;

/**
 * Reads a Vietnamese date, day first: "02/3/2021", "02/03/2021", "2-3-2021", "02.03.2021" (one separator
 * throughout, four-digit year), or in words, "ngày 05 tháng 01 năm 2021". Surrounding white space is ignored.
 *
 * @example
 * parseViDate("02/3/2021")                 // { value: { year: 2021, month: 3, day: 2 } }
 * parseViDate("ngày 05 tháng 01 năm 2021") // { value: { year: 2021, month: 1, day: 5 } }
 * parseViDate("31/4/2021")                 // { issue: "date.nonexistent" }
 * parseViDate("2021-03-02")                // { issue: "date.invalid" } (use parseIsoDate)
 */
export const parseViDate = (text: string): DateParse => {
  const input = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (input === "") return { issue: "date.empty" };
  const numeric = NUMERIC.exec(input);
  const words = numeric === null ? WORDS.exec(input.toLowerCase()) : null;
  const parts = numeric === null ? words?.slice(1, 4) : [numeric[1], numeric[3], numeric[4]];
  if (parts === undefined) return { issue: "date.invalid" };
  const [day, month, year] = parts.map(Number);
  const value: CivilDate = { year: year ?? NaN, month: month ?? NaN, day: day ?? NaN };
  return isValidCivilDate(value) ? { value } : { issue: "date.nonexistent" };
};
