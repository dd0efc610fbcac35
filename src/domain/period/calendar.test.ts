import type { CivilDate } from "./CivilDate";
import { compareCivilDates } from "./compareCivilDates";
import { daysInMonth } from "./daysInMonth";
import { isLeapYear } from "./isLeapYear";
import { isValidCivilDate } from "./isValidCivilDate";
import { shiftMonths } from "./shiftMonths";

const d = (day: number, month: number, year: number): CivilDate => ({ year, month, day });

describe("isLeapYear", () => {
  it.each([
    [2020, true],
    [2021, false],
    [2000, true],
    [2100, false],
  ])("%i → %s", (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });
});

describe("daysInMonth", () => {
  it.each([
    [2021, 1, 31],
    [2021, 2, 28],
    [2024, 2, 29],
    [2021, 4, 30],
    [2021, 12, 31],
  ])("%i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([0, 13, 1.5])("rejects month %s as a programming error", (month) => {
    expect(() => daysInMonth(2021, month)).toThrow(RangeError);
  });
});

describe("isValidCivilDate", () => {
  it.each<[CivilDate, boolean]>([
    [d(2, 3, 2021), true],
    [d(29, 2, 2024), true],
    [d(29, 2, 2021), false],
    [d(31, 4, 2021), false],
    [d(0, 1, 2021), false],
    [d(1, 13, 2021), false],
    [d(1, 0, 2021), false],
    [d(1.5, 1, 2021), false],
    [d(1, 1, 0), false],
    [d(1, 1, 10000), false],
  ])("%j → %s", (date, expected) => {
    expect(isValidCivilDate(date)).toBe(expected);
  });
});

describe("compareCivilDates", () => {
  it.each<[CivilDate, CivilDate, number]>([
    [d(1, 1, 2021), d(1, 3, 2021), -1],
    [d(1, 3, 2021), d(1, 3, 2021), 0],
    [d(2, 3, 2021), d(1, 3, 2021), 1],
    [d(15, 12, 2020), d(1, 1, 2021), -1],
  ])("%j vs %j → sign %i", (a, b, sign) => {
    expect(Math.sign(compareCivilDates(a, b))).toBe(sign);
  });
});

describe("shiftMonths", () => {
  it.each<[CivilDate, number, CivilDate]>([
    [d(1, 3, 2021), 3, d(1, 6, 2021)],
    [d(31, 3, 2021), 3, d(30, 6, 2021)],
    [d(30, 6, 2021), 6, d(31, 12, 2021)],
    [d(30, 1, 2021), 1, d(28, 2, 2021)],
    [d(15, 12, 2020), 12, d(15, 12, 2021)],
    [d(14, 12, 2021), 3, d(14, 3, 2022)],
    [d(1, 1, 2022), -1, d(1, 12, 2021)],
    [d(28, 2, 2021), 36, d(29, 2, 2024)],
    [d(2, 3, 2021), 0, d(2, 3, 2021)],
  ])("%j + %i months → %j", (date, months, expected) => {
    expect(shiftMonths(date, months)).toEqual(expected);
  });
});
