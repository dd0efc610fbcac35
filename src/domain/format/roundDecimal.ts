import { assertDecimals, roundToUnits, toExactDecimal, unitsToNumber } from "./exactDecimal";

/**
 * Rounds half-up (away from zero) to a number of decimal places, on the decimal digits of the number rather
 * than its binary value, so that the result is what a person rounding by hand writes.
 *
 * @example
 * roundDecimal(1.005, 2)             // 1.01 (Math.round(1.005 * 100) / 100 gives 1)
 * roundDecimal(2460 / 2555 * 100, 1) // 96.3
 * roundDecimal(-2.5, 0)              // -3
 */
export const roundDecimal = (n: number, decimals: number): number => {
  assertDecimals(decimals);
  return unitsToNumber(roundToUnits(toExactDecimal(n), decimals), decimals);
};
