import type { CivilDate } from "../period/CivilDate";
import { formatDateNd30 } from "./formatDateNd30";
import { formatDatePadded } from "./formatDatePadded";

export type FormatDateRangeOptions = {
  /** "padded" (01/03/2021, as the seed writes its windows) or "nd30" (01/3/2021). Default "padded". */
  readonly dates?: "padded" | "nd30";
};

/**
 * Writes a data window as the seed does: "từ" without "ngày", "đến ngày" with it.
 *
 * @example
 * formatDateRange({ year: 2021, month: 1, day: 1 }, { year: 2021, month: 3, day: 1 })
 * // "từ 01/01/2021 đến ngày 01/03/2021"
 * formatDateRange({ year: 2020, month: 12, day: 15 }, { year: 2021, month: 3, day: 14 }, { dates: "nd30" })
 * // "từ 15/12/2020 đến ngày 14/3/2021"
 */
export const formatDateRange = (
  from: CivilDate,
  to: CivilDate,
  options: FormatDateRangeOptions = {},
): string => {
  const write = options.dates === "nd30" ? formatDateNd30 : formatDatePadded;
  return `từ ${write(from)} đến ngày ${write(to)}`;
};
