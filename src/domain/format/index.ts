export type { DateIssueCode, DateParse } from "./DateParse";
export { formatDateNd30 } from "./formatDateNd30";
export { formatDatePadded } from "./formatDatePadded";
export { formatDateRange, type FormatDateRangeOptions } from "./formatDateRange";
export { formatDecimal, type FormatDecimalOptions } from "./formatDecimal";
export { formatInteger, type FormatIntegerOptions } from "./formatInteger";
export { formatLongDate } from "./formatLongDate";
export { formatPercent, type FormatPercentOptions } from "./formatPercent";
export { formatTimestamp } from "./formatTimestamp";
export { parseIsoDate } from "./parseIsoDate";
export { parseViDate } from "./parseViDate";
export {
  parseViNumber,
  type ParseViNumberOptions,
  type ViNumberIssueCode,
  type ViNumberParse,
  type ViNumberUnit,
} from "./parseViNumber";
export { percentOf } from "./percentOf";
export { roundDecimal } from "./roundDecimal";
export { toIsoDate } from "./toIsoDate";
