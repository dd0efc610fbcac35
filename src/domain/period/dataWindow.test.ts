import type { DataWindow } from "./DataWindow";
import type { Period } from "./Period";
import { calendarDataWindow } from "./calendarDataWindow";
import { defaultDataWindow } from "./defaultDataWindow";

const window = (from: string, to: string): DataWindow => {
  const date = (text: string) => {
    const [day, month, year] = text.split("/").map(Number);
    return { year: year ?? NaN, month: month ?? NaN, day: day ?? NaN };
  };
  return { from: date(from), to: date(to) };
};

describe("defaultDataWindow (ND 09/2019)", () => {
  it.each<[Period, DataWindow]>([
    [{ year: 2021, kind: "Q1" }, window("15/12/2020", "14/3/2021")],
    [{ year: 2021, kind: "H1" }, window("15/12/2020", "14/6/2021")],
    [{ year: 2021, kind: "M9" }, window("15/12/2020", "14/9/2021")],
    [{ year: 2021, kind: "Y" }, window("15/12/2020", "14/12/2021")],
    [{ year: 2022, kind: "Q1" }, window("15/12/2021", "14/3/2022")],
  ])("for %j is %j", (period, expected) => {
    expect(defaultDataWindow(period)).toEqual(expected);
  });
});

describe("calendarDataWindow", () => {
  it.each<[Period, DataWindow]>([
    [{ year: 2021, kind: "Q1" }, window("01/01/2021", "31/3/2021")],
    [{ year: 2021, kind: "H1" }, window("01/01/2021", "30/6/2021")],
    [{ year: 2021, kind: "M9" }, window("01/01/2021", "30/9/2021")],
    [{ year: 2021, kind: "Y" }, window("01/01/2021", "31/12/2021")],
  ])("for %j is %j", (period, expected) => {
    expect(calendarDataWindow(period)).toEqual(expected);
  });
});
