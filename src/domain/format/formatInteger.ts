import { formatDecimal } from "./formatDecimal";

export type FormatIntegerOptions = {
  /** Least number of digits, with leading zeros: 2 for counts in prose ("01 hồ sơ", "06 TTHC"). */
  readonly pad?: number;
};

/**
 * Writes a whole number the vi-VN way ("." between thousands, "-" for negatives), optionally zero-padded as
 * prose counts are. A fractional input is rounded half-up first.
 *
 * @example
 * formatInteger(2555)          // "2.555"
 * formatInteger(12345678)      // "12.345.678"
 * formatInteger(-1053)         // "-1.053"
 * formatInteger(1, { pad: 2 }) // "01"
 * formatInteger(10, { pad: 2 }) // "10"
 */
export const formatInteger = (n: number, options: FormatIntegerOptions = {}): string => {
  const text = formatDecimal(n, 0);
  const pad = options.pad ?? 0;
  if (!Number.isInteger(pad) || pad < 0 || pad > 20) throw new RangeError(`pad must be 0–20, got ${pad}`);
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  return `${negative ? "-" : ""}${digits.padStart(pad, "0")}`;
};
