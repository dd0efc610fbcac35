import type { Period, PeriodKind } from "./Period";
import type { ProgressiveColumn } from "./progressiveColumnOf";
import { progressiveColumnOf } from "./progressiveColumnOf";
import { progressiveColumnStatus } from "./progressiveColumnStatus";

const columns: readonly ProgressiveColumn[] = ["Q1", "H1", "M9", "Y"];

describe("progressiveColumnOf", () => {
  it.each<[PeriodKind, ProgressiveColumn]>([
    ["Q1", "Q1"],
    ["H1", "H1"],
    ["M9", "M9"],
    ["Y", "Y"],
  ])("fills column %s for a %s report", (kind, column) => {
    expect(progressiveColumnOf({ year: 2021, kind })).toBe(column);
  });
});

describe("progressiveColumnStatus", () => {
  it.each<[Period, readonly string[]]>([
    [{ year: 2021, kind: "Q1" }, ["current", "future", "future", "future"]],
    [{ year: 2021, kind: "H1" }, ["past", "current", "future", "future"]],
    [{ year: 2021, kind: "M9" }, ["past", "past", "current", "future"]],
    [{ year: 2021, kind: "Y" }, ["past", "past", "past", "current"]],
  ])("in a %j report the columns Q1, H1, M9, Y are %j", (period, statuses) => {
    expect(columns.map((column) => progressiveColumnStatus(period, column))).toEqual(statuses);
  });
});
