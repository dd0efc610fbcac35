import { formatDecimal } from "./formatDecimal";

export type FormatPercentOptions = {
  /** Decimal places, per field: 99,36% has 2, 96,3 % has 1, 100% has 0. */
  readonly decimals: number;
  /** A space before "%" ("96,3 %", as in the seed's T2) or none ("99,36%", the seed's usual form). Default none. */
  readonly space?: boolean;
  /** "keep" writes every place (100,00%); "trim" drops trailing zeros (100%). Default "keep". */
  readonly trailingZeros?: "keep" | "trim";
};

/**
 * Writes a percentage (a value already multiplied by 100) the vi-VN way.
 *
 * @example
 * formatPercent(96.2818, { decimals: 1, space: true })          // "96,3 %"
 * formatPercent(99.36, { decimals: 2 })                         // "99,36%"
 * formatPercent(100, { decimals: 0 })                           // "100%"
 * formatPercent(100, { decimals: 2, trailingZeros: "trim" })    // "100%"
 */
export const formatPercent = (value: number, options: FormatPercentOptions): string =>
  `${formatDecimal(value, options.decimals, { trailingZeros: options.trailingZeros ?? "keep" })}${
    options.space === true ? " " : ""
  }%`;
