import type { Figures } from "../figures/schema";
import { formatDatePadded, formatDateRange, parseIsoDate } from "../format";
import { calendarDataWindow, defaultDataWindow, periodLabel, type CivilDate, type DataWindow, type Period } from "../period";
import type { PeriodSlotDef, Template } from "../template/types";

/** An ISO date of the Figures; the schema already checked its shape, so a bad one is a programming error. */
function civil(iso: string): CivilDate {
  const parsed = parseIsoDate(iso);
  if ("issue" in parsed) throw new RangeError(`Not a date: ${iso}`);
  return parsed.value;
}

/**
 * The data window a report states: the Figures' own, else 1 January (as the seed counts) to ND 09/2019's cut-off.
 *
 * @example
 * reportDataWindow({ year: 2021, kind: "Q1" }, undefined)
 * // → { from: 01/01/2021, to: 14/03/2021 } as CivilDates
 */
export function reportDataWindow(period: Period, window: Figures["dataWindow"]): DataWindow {
  if (window) return { from: civil(window.from), to: civil(window.to) };
  return { from: calendarDataWindow(period).from, to: defaultDataWindow(period).to };
}

/**
 * The text of one period slot in the template's house style.
 *
 * @example
 * periodSlotText(slots.labelSlash, { template, period: { year: 2021, kind: "Q1" }, figures }) // → "Quí I/2021"
 * periodSlotText(slots.dataRange, …) // → "từ 01/01/2021 đến ngày 01/03/2021"
 * periodSlotText(slots.asOf, …)      // → "02/03/2021"
 */
export function periodSlotText(
  slot: PeriodSlotDef,
  context: { readonly template: Template; readonly period: Period; readonly figures: Figures },
): string {
  const { template, period, figures } = context;
  const window = reportDataWindow(period, figures.dataWindow);
  switch (slot.class) {
    case "CUR":
      return periodLabel(period, template.houseStyle, slot.shape ?? "long");
    case "RANGE":
      return formatDateRange(window.from, window.to);
    case "ASOF":
      return formatDatePadded(figures.asOfDate ? civil(figures.asOfDate) : window.to);
    case "YEARHDR":
      return String(period.year);
    case "PREVYEAR":
      return String(period.year - 1);
  }
}
