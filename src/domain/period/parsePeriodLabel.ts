import type { PeriodKind, PeriodParse } from "./Period";

// Patterns run on NFC, lower-cased text whose white space is collapsed to single spaces.
// "quý", "quí", and the misplaced tone mark "qúy" seen in the seed, with or without diacritics.
const QUARTER_WORD = "q[uú][iíyý]";
const YEAR = "([1-9]\\d{3})";
// "năm 2021", "/2021", "- 2021" (hyphen or dash), or just a space.
const YEAR_JOINT = "(?: ?(?:năm|/|[-–—]) ?| )";

const QUARTER = new RegExp(`^${QUARTER_WORD} ?(iv|iii|ii|i|[1-4])${YEAR_JOINT}${YEAR}$`);
const MONTHS = new RegExp(`^(0?6|sáu|0?9|chín) tháng (đầu |cuối )?năm ?${YEAR}$`);
const WHOLE_YEAR = new RegExp(`^(?:cả )?năm ?${YEAR}$`);

const read = (kind: PeriodKind, year: string | undefined): PeriodParse => ({
  value: { year: Number(year), kind },
});

/**
 * Reads a Vietnamese period label in any of the spellings found in reports: "Quý I năm 2021", "Quí I/2021",
 * "Qúy I - 2021", "6 tháng đầu năm 2021", "06 tháng đầu năm 2021", "9 tháng đầu năm 2021", "năm 2021".
 * Case, Unicode form (NFC or NFD) and extra white space do not matter. Quarters II–IV and "6 tháng cuối năm"
 * are real periods this report does not have: they give `period.unsupported`.
 *
 * @example
 * parsePeriodLabel("Quí I - 2021")          // { value: { year: 2021, kind: "Q1" } }
 * parsePeriodLabel("06 tháng đầu năm 2021") // { value: { year: 2021, kind: "H1" } }
 * parsePeriodLabel("Năm 2021")              // { value: { year: 2021, kind: "Y" } }
 * parsePeriodLabel("Quý II/2021")           // { issue: "period.unsupported" }
 */
export const parsePeriodLabel = (text: string): PeriodParse => {
  const label = text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  if (label === "") return { issue: "period.empty" };

  const quarter = QUARTER.exec(label);
  if (quarter !== null) {
    const numeral = quarter[1];
    return numeral === "i" || numeral === "1" ? read("Q1", quarter[2]) : { issue: "period.unsupported" };
  }
  const months = MONTHS.exec(label);
  if (months !== null) {
    if (months[2] === "cuối ") return { issue: "period.unsupported" };
    const count = months[1] ?? "";
    return read(count.endsWith("6") || count === "sáu" ? "H1" : "M9", months[3]);
  }
  const year = WHOLE_YEAR.exec(label);
  if (year !== null) return read("Y", year[1]);
  return { issue: "period.invalid" };
};
