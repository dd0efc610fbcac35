import type { PeriodKind } from "./Period";
import { DEFAULT_PERIOD_LABEL_STYLE, type PeriodLabelStyle } from "./PeriodLabelStyle";

/**
 * The header of one column of the progressive tables T6 and T7 ("Quí I | 06 tháng | 09 tháng | Năm").
 *
 * @example
 * progressiveColumnLabel("Q1", { quarterWord: "Quí", padMonths: true }) // "Quí I"
 * progressiveColumnLabel("H1", { quarterWord: "Quí", padMonths: true }) // "06 tháng"
 * progressiveColumnLabel("M9")                                          // "9 tháng"
 * progressiveColumnLabel("Y")                                           // "Năm"
 */
export const progressiveColumnLabel = (
  kind: PeriodKind,
  style: PeriodLabelStyle = DEFAULT_PERIOD_LABEL_STYLE,
): string => {
  switch (kind) {
    case "Q1":
      return `${style.quarterWord} I`;
    case "H1":
      return style.padMonths ? "06 tháng" : "6 tháng";
    case "M9":
      return style.padMonths ? "09 tháng" : "9 tháng";
    case "Y":
      return "Năm";
  }
};
