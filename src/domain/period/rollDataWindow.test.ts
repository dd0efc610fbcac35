import type { CivilDate } from "./CivilDate";
import type { DataWindow } from "./DataWindow";
import type { Period } from "./Period";
import { calendarDataWindow } from "./calendarDataWindow";
import { defaultDataWindow } from "./defaultDataWindow";
import { nextPeriod } from "./nextPeriod";
import { rollAsOfDate } from "./rollAsOfDate";
import { rollDataWindow } from "./rollDataWindow";

const d = (day: number, month: number, year: number): CivilDate => ({ year, month, day });
const q1: Period = { year: 2021, kind: "Q1" };
const h1: Period = { year: 2021, kind: "H1" };
const m9: Period = { year: 2021, kind: "M9" };
const y: Period = { year: 2021, kind: "Y" };
const q1Next: Period = { year: 2022, kind: "Q1" };

// The seed's window: "(số liệu tính từ 01/01/2021 đến ngày 01/03/2021)".
const seedWindow: DataWindow = { from: d(1, 1, 2021), to: d(1, 3, 2021) };

describe("rollDataWindow", () => {
  type Row = readonly [what: string, window: DataWindow, from: Period, to: Period, expected: DataWindow];
  it.each<Row>([
    ["the seed window to 6 tháng", seedWindow, q1, h1, { from: d(1, 1, 2021), to: d(1, 6, 2021) }],
    ["the seed window to 9 tháng", seedWindow, q1, m9, { from: d(1, 1, 2021), to: d(1, 9, 2021) }],
    ["the seed window to năm", seedWindow, q1, y, { from: d(1, 1, 2021), to: d(1, 12, 2021) }],
    [
      "the seed window to Quý I next year",
      seedWindow,
      q1,
      q1Next,
      { from: d(1, 1, 2022), to: d(1, 3, 2022) },
    ],
    [
      "a năm window to Quý I next year",
      { from: d(1, 1, 2021), to: d(1, 12, 2021) },
      y,
      q1Next,
      seedWindowOf(2022),
    ],
    [
      "a cut-off before the last month",
      { from: d(1, 1, 2021), to: d(26, 2, 2021) },
      q1,
      h1,
      { from: d(1, 1, 2021), to: d(26, 5, 2021) },
    ],
    [
      "a day the next month lacks (clamped)",
      { from: d(1, 1, 2021), to: d(31, 5, 2021) },
      h1,
      m9,
      { from: d(1, 1, 2021), to: d(31, 8, 2021) },
    ],
    [
      "a 30th into a 28-day month",
      { from: d(1, 1, 2021), to: d(30, 11, 2021) },
      y,
      q1Next,
      { from: d(1, 1, 2022), to: d(28, 2, 2022) },
    ],
    [
      "a start of 29/02 into a common year",
      { from: d(29, 2, 2024), to: d(14, 3, 2024) },
      { year: 2024, kind: "Q1" },
      { year: 2025, kind: "Q1" },
      { from: d(28, 2, 2025), to: d(14, 3, 2025) },
    ],
  ])("moves %s", (...[, window, from, to, expected]: Row) => {
    expect(rollDataWindow(window, from, to)).toEqual(expected);
  });

  const year: readonly Period[] = [q1, h1, m9, y];
  it.each(year.map((p) => [p]))("keeps an ND 09 window an ND 09 window from %j", (period) => {
    expect(rollDataWindow(defaultDataWindow(period), period, nextPeriod(period))).toEqual(
      defaultDataWindow(nextPeriod(period)),
    );
  });
  it.each(year.map((p) => [p]))("keeps a calendar window a calendar window from %j", (period) => {
    expect(rollDataWindow(calendarDataWindow(period), period, nextPeriod(period))).toEqual(
      calendarDataWindow(nextPeriod(period)),
    );
  });
});

describe("rollAsOfDate", () => {
  // The seed's as-of date: "(số liệu tính đến ngày 02/03/2021)".
  it.each<[CivilDate, Period, Period, CivilDate]>([
    [d(2, 3, 2021), q1, h1, d(2, 6, 2021)],
    [d(2, 6, 2021), h1, m9, d(2, 9, 2021)],
    [d(2, 9, 2021), m9, y, d(2, 12, 2021)],
    [d(2, 12, 2021), y, q1Next, d(2, 3, 2022)],
    [d(2, 3, 2021), q1, q1Next, d(2, 3, 2022)],
    [d(31, 3, 2021), q1, h1, d(30, 6, 2021)],
    [d(30, 6, 2021), h1, y, d(31, 12, 2021)],
    [d(2, 6, 2021), h1, q1, d(2, 3, 2021)],
  ])("moves %j from %j to %j as %j", (date, from, to, expected) => {
    expect(rollAsOfDate(date, from, to)).toEqual(expected);
  });
});

function seedWindowOf(year: number): DataWindow {
  return { from: d(1, 1, year), to: d(1, 3, year) };
}
