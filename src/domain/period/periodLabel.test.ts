import type { Period } from "./Period";
import type { PeriodLabelShape, PeriodLabelStyle } from "./PeriodLabelStyle";
import { parsePeriodLabel } from "./parsePeriodLabel";
import { periodLabel } from "./periodLabel";

const quy: PeriodLabelStyle = { quarterWord: "Quý", padMonths: false };
const qui: PeriodLabelStyle = { quarterWord: "Quí", padMonths: true };
const q1: Period = { year: 2021, kind: "Q1" };
const h1: Period = { year: 2021, kind: "H1" };
const m9: Period = { year: 2021, kind: "M9" };
const y: Period = { year: 2021, kind: "Y" };

describe("periodLabel", () => {
  it.each<[Period, PeriodLabelStyle, PeriodLabelShape, string]>([
    [q1, quy, "long", "Quý I năm 2021"],
    [q1, quy, "slash", "Quý I/2021"],
    [q1, quy, "dash", "Quý I - 2021"],
    [q1, qui, "long", "Quí I năm 2021"],
    [q1, qui, "slash", "Quí I/2021"],
    [q1, qui, "dash", "Quí I - 2021"],
    [h1, quy, "long", "6 tháng đầu năm 2021"],
    [h1, quy, "slash", "6 tháng đầu năm 2021"],
    [h1, qui, "dash", "06 tháng đầu năm 2021"],
    [m9, quy, "long", "9 tháng đầu năm 2021"],
    [m9, qui, "slash", "09 tháng đầu năm 2021"],
    [y, quy, "long", "năm 2021"],
    [y, qui, "dash", "năm 2021"],
    [{ year: 2022, kind: "Q1" }, quy, "long", "Quý I năm 2022"],
  ])("labels %j in %j, shape %s, as %j", (period, style, shape, label) => {
    expect(periodLabel(period, style, shape)).toBe(label);
    expect(parsePeriodLabel(label)).toEqual({ value: period });
  });

  it("defaults to the modern spelling and the long shape", () => {
    expect([q1, h1, m9, y].map((p) => periodLabel(p))).toEqual([
      "Quý I năm 2021",
      "6 tháng đầu năm 2021",
      "9 tháng đầu năm 2021",
      "năm 2021",
    ]);
  });
});
