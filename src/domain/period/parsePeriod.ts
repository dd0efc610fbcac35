import type { PeriodKind, PeriodParse } from "./Period";

const CODE = /^([1-9]\d{3})-(Q1|H1|M9|Y)$/;
const OTHER_PERIOD = /^[1-9]\d{3}-(Q[2-4]|H2)$/;

/**
 * Reads the code form of a period, `YYYY-Q1 | YYYY-H1 | YYYY-M9 | YYYY-Y` (letters in any case, white space
 * around ignored). For Vietnamese labels use `parsePeriodLabel`.
 *
 * @example
 * parsePeriod("2021-Q1") // { value: { year: 2021, kind: "Q1" } }
 * parsePeriod("2021-Q2") // { issue: "period.unsupported" }
 * parsePeriod("Q1/2021") // { issue: "period.invalid" }
 */
export const parsePeriod = (text: string): PeriodParse => {
  const code = text.trim().toUpperCase();
  if (code === "") return { issue: "period.empty" };
  const match = CODE.exec(code);
  if (match === null) return { issue: OTHER_PERIOD.test(code) ? "period.unsupported" : "period.invalid" };
  return { value: { year: Number(match[1]), kind: match[2] as PeriodKind } };
};
