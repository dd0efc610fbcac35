import type { Period } from "./Period";
import { formatPeriodCode } from "./formatPeriodCode";
import { parsePeriod } from "./parsePeriod";

describe("formatPeriodCode", () => {
  it.each<[Period, string]>([
    [{ year: 2021, kind: "Q1" }, "2021-Q1"],
    [{ year: 2021, kind: "H1" }, "2021-H1"],
    [{ year: 2021, kind: "M9" }, "2021-M9"],
    [{ year: 2022, kind: "Y" }, "2022-Y"],
  ])("writes %j as %s, which parsePeriod reads back", (period, code) => {
    expect(formatPeriodCode(period)).toBe(code);
    expect(parsePeriod(code)).toEqual({ value: period });
  });
});
