import { assertDecimals, divideHalfUp, powerOfTen, toExactDecimal, unitsToNumber } from "./exactDecimal";

/**
 * part / whole × 100, rounded half-up to `decimals` places, computed exactly (BigInt on the decimal digits, no
 * floating-point step), so 2460 of 2555 gives 96.3 and never 96.29999…. `undefined` when `whole` is 0: the
 * template leaves such a cell blank.
 *
 * @example
 * percentOf(2460, 2555, 1) // 96.3
 * percentOf(95, 2555, 1)   // 3.7
 * percentOf(116, 116, 0)   // 100
 * percentOf(3, 0, 1)       // undefined
 */
export const percentOf = (part: number, whole: number, decimals: number): number | undefined => {
  assertDecimals(decimals);
  const p = toExactDecimal(part);
  const w = toExactDecimal(whole);
  if (w.units === 0n) return undefined;
  // (p.units / 10^p.scale) / (w.units / 10^w.scale) × 100 × 10^decimals
  const numerator = p.units * powerOfTen(w.scale + 2 + decimals);
  const denominator = w.units * powerOfTen(p.scale);
  return unitsToNumber(divideHalfUp(numerator, denominator), decimals);
};
