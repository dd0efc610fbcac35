import type { Period } from "./Period";
import { nextPeriod } from "./nextPeriod";
import { previousPeriod } from "./previousPeriod";

describe("nextPeriod and previousPeriod", () => {
  it.each<[Period, Period]>([
    [
      { year: 2021, kind: "Q1" },
      { year: 2021, kind: "H1" },
    ],
    [
      { year: 2021, kind: "H1" },
      { year: 2021, kind: "M9" },
    ],
    [
      { year: 2021, kind: "M9" },
      { year: 2021, kind: "Y" },
    ],
    [
      { year: 2021, kind: "Y" },
      { year: 2022, kind: "Q1" },
    ],
  ])("after %j comes %j, and before it back", (period, next) => {
    expect(nextPeriod(period)).toEqual(next);
    expect(previousPeriod(next)).toEqual(period);
  });
});
