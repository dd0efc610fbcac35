import type { CivilDate } from "./CivilDate";
import type { Period } from "./Period";
import { isDateInPeriod } from "./isDateInPeriod";
import { isDateInPeriodYear } from "./isDateInPeriodYear";
import { periodContains } from "./periodContains";

const p = (year: number, kind: Period["kind"]): Period => ({ year, kind });
const d = (day: number, month: number, year: number): CivilDate => ({ year, month, day });

describe("periodContains", () => {
  it.each<[Period, Period | number, boolean]>([
    [p(2021, "H1"), p(2021, "Q1"), true],
    [p(2021, "Q1"), p(2021, "Q1"), true],
    [p(2021, "Q1"), p(2021, "H1"), false],
    [p(2021, "Y"), p(2021, "M9"), true],
    [p(2021, "M9"), p(2021, "Y"), false],
    // the seed's stale phrases: "Trong Quí I/2020 …" in the Quý I/2021 report
    [p(2021, "Q1"), p(2020, "Q1"), false],
    [p(2021, "Y"), p(2020, "Y"), false],
    [p(2021, "Y"), 2021, true],
    [p(2021, "Q1"), 2021, false],
    [p(2021, "Y"), 2020, false],
  ])("%j contains %j: %s", (period, other, expected) => {
    expect(periodContains(period, other)).toBe(expected);
  });
});

describe("isDateInPeriodYear and isDateInPeriod", () => {
  it.each<[CivilDate, Period, boolean, boolean]>([
    [d(1, 3, 2021), p(2021, "Q1"), true, true],
    [d(31, 3, 2021), p(2021, "Q1"), true, true],
    [d(1, 4, 2021), p(2021, "Q1"), true, false],
    [d(15, 12, 2020), p(2021, "Q1"), false, false],
    [d(14, 12, 2021), p(2021, "Y"), true, true],
    [d(30, 9, 2021), p(2021, "M9"), true, true],
    [d(1, 1, 2022), p(2021, "Y"), false, false],
  ])("%j in %j: year %s, period %s", (date, period, inYear, inPeriod) => {
    expect([isDateInPeriodYear(date, period), isDateInPeriod(date, period)]).toEqual([inYear, inPeriod]);
  });
});
