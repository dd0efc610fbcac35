import { assertDecimals, roundToUnits, toDigits, toExactDecimal } from "./exactDecimal";
import { groupThousands } from "./groupThousands";

export type FormatDecimalOptions = {
  /** "keep" writes every requested place (99,50); "trim" drops trailing zeros (99,5; 100). Default "keep". */
  readonly trailingZeros?: "keep" | "trim";
};

/**
 * Writes a number the vi-VN way: "." between thousands, "," before the decimals, "-" for negatives; rounded
 * half-up on its decimal digits to `decimals` places.
 *
 * @example
 * formatDecimal(2460 / 2555 * 100, 1)                 // "96,3"
 * formatDecimal(12345.678, 2)                         // "12.345,68"
 * formatDecimal(1.005, 2)                             // "1,01"
 * formatDecimal(99.5, 2, { trailingZeros: "trim" })   // "99,5"
 */
export const formatDecimal = (n: number, decimals: number, options: FormatDecimalOptions = {}): string => {
  assertDecimals(decimals);
  const { negative, whole, fraction } = toDigits(roundToUnits(toExactDecimal(n), decimals), decimals);
  const shown = options.trailingZeros === "trim" ? fraction.replace(/0+$/, "") : fraction;
  return `${negative ? "-" : ""}${groupThousands(whole)}${shown === "" ? "" : `,${shown}`}`;
};
