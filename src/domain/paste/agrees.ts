/** Digits after the decimal point of a number as it was written (96.3 → 1, 100 → 0). */
const decimalsOf = (n: number): number => {
  const [, fraction = ""] = String(n).split(".");
  return fraction.length;
};

/**
 * Whether a number written in a paste agrees with the exact value the add-in computes, to the precision it
 * was written with: "96,3 %" agrees with 96,2818…, "96 %" does not agree with 96,6.
 *
 * @example agrees(96.3, 2460 / 2555 * 100) // → true
 * @example agrees(2555, 2556)              // → false
 */
export function agrees(written: number, exact: number): boolean {
  const half = 0.5 * 10 ** -decimalsOf(written);
  return Math.abs(written - exact) <= half + 1e-9;
}

/** A computed value shown to the precision of its column, for a message. */
export const shown = (exact: number, decimals: number): number => Math.round(exact * 10 ** decimals) / 10 ** decimals;
