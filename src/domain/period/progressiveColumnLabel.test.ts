import type { PeriodKind } from "./Period";
import type { PeriodLabelStyle } from "./PeriodLabelStyle";
import { progressiveColumnLabel } from "./progressiveColumnLabel";

// T6 is written "Quí I | 06 tháng | 09 tháng | Năm"; T7 "Quí I | 6 tháng | 9 tháng | Năm".
const t6: PeriodLabelStyle = { quarterWord: "Quí", padMonths: true };
const t7: PeriodLabelStyle = { quarterWord: "Quí", padMonths: false };
const modern: PeriodLabelStyle = { quarterWord: "Quý", padMonths: false };

describe("progressiveColumnLabel", () => {
  it.each<[PeriodLabelStyle, readonly string[]]>([
    [t6, ["Quí I", "06 tháng", "09 tháng", "Năm"]],
    [t7, ["Quí I", "6 tháng", "9 tháng", "Năm"]],
    [modern, ["Quý I", "6 tháng", "9 tháng", "Năm"]],
  ])("heads the columns in %j as %j", (style, labels) => {
    const kinds: readonly PeriodKind[] = ["Q1", "H1", "M9", "Y"];
    expect(kinds.map((kind) => progressiveColumnLabel(kind, style))).toEqual(labels);
  });
});
