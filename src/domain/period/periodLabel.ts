import type { Period } from "./Period";
import { DEFAULT_PERIOD_LABEL_STYLE, type PeriodLabelShape, type PeriodLabelStyle } from "./PeriodLabelStyle";

/**
 * The Vietnamese label of a period, for use inside a sentence ("Trong {label}, …"); use `capitalize` at the
 * start of a sentence. Quarters take the requested shape; the year-to-date periods have one label whatever
 * the shape ("6 tháng đầu năm 2021", "9 tháng đầu năm 2021", "năm 2021").
 *
 * @example
 * periodLabel({ year: 2021, kind: "Q1" })                                              // "Quý I năm 2021"
 * periodLabel({ year: 2021, kind: "Q1" }, { quarterWord: "Quí", padMonths: false }, "slash") // "Quí I/2021"
 * periodLabel({ year: 2021, kind: "Q1" }, undefined, "dash")                           // "Quý I - 2021"
 * periodLabel({ year: 2021, kind: "H1" }, { quarterWord: "Quý", padMonths: true })     // "06 tháng đầu năm 2021"
 * periodLabel({ year: 2021, kind: "Y" }, undefined, "slash")                           // "năm 2021"
 */
export const periodLabel = (
  p: Period,
  style: PeriodLabelStyle = DEFAULT_PERIOD_LABEL_STYLE,
  shape: PeriodLabelShape = "long",
): string => {
  switch (p.kind) {
    case "Q1": {
      const quarter = `${style.quarterWord} I`;
      if (shape === "slash") return `${quarter}/${p.year}`;
      if (shape === "dash") return `${quarter} - ${p.year}`;
      return `${quarter} năm ${p.year}`;
    }
    case "H1":
      return `${style.padMonths ? "06" : "6"} tháng đầu năm ${p.year}`;
    case "M9":
      return `${style.padMonths ? "09" : "9"} tháng đầu năm ${p.year}`;
    case "Y":
      return `năm ${p.year}`;
  }
};
