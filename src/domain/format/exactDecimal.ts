/**
 * Exact decimal arithmetic on BigInt, so that rounding follows the digits a person reads and not the binary
 * value a float holds (1.005 is stored as 1.00499999…, yet must round to 1,01).
 * A number is taken as the decimal that `Number.prototype.toString` prints for it — the shortest decimal that
 * reads back as the same float — which is the number the user typed or the service sent.
 */

/** value = units / 10^scale, scale ≥ 0. */
export type ExactDecimal = { readonly units: bigint; readonly scale: number };

/** 10^exponent as a BigInt. */
export const powerOfTen = (exponent: number): bigint => 10n ** BigInt(exponent);

/**
 * The exact decimal a finite number prints as.
 *
 * @example
 * toExactDecimal(1.005)  // { units: 1005n, scale: 3 }
 * toExactDecimal(-2e21)  // { units: -2000000000000000000000n, scale: 0 }
 */
export const toExactDecimal = (n: number): ExactDecimal => {
  if (!Number.isFinite(n)) throw new RangeError(`expected a finite number, got ${n}`);
  const [mantissa = "0", exponent = "0"] = Math.abs(n).toString().split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const magnitude = BigInt(whole + fraction);
  const scale = fraction.length - Number(exponent);
  const units = scale < 0 ? magnitude * powerOfTen(-scale) : magnitude;
  return { units: n < 0 ? -units : units, scale: Math.max(scale, 0) };
};

/**
 * numerator / denominator rounded half away from zero ("half-up" on the magnitude, as reports round).
 *
 * @example
 * divideHalfUp(5n, 2n)  // 3n
 * divideHalfUp(-5n, 2n) // -3n
 */
export const divideHalfUp = (numerator: bigint, denominator: bigint): bigint => {
  if (denominator === 0n) throw new RangeError("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const rounded = 2n * (n % d) >= d ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
};

/**
 * The decimal rounded half-up to `decimals` places, as units of 10^-decimals.
 *
 * @example
 * roundToUnits({ units: 1005n, scale: 3 }, 2) // 101n
 */
export const roundToUnits = (x: ExactDecimal, decimals: number): bigint =>
  x.scale <= decimals
    ? x.units * powerOfTen(decimals - x.scale)
    : divideHalfUp(x.units, powerOfTen(x.scale - decimals));

/** The sign and the digits before and after the decimal point of `units` × 10^-decimals; zero has no sign. */
export type DecimalDigits = { readonly negative: boolean; readonly whole: string; readonly fraction: string };

/**
 * Splits units of 10^-decimals into sign, whole digits and exactly `decimals` fraction digits.
 *
 * @example
 * toDigits(-963n, 1) // { negative: true, whole: "96", fraction: "3" }
 */
export const toDigits = (units: bigint, decimals: number): DecimalDigits => {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  return { negative, whole: digits.slice(0, cut), fraction: digits.slice(cut) };
};

/**
 * The JS number closest to units × 10^-decimals (whose printed form is those very digits).
 *
 * @example
 * unitsToNumber(963n, 1) // 96.3
 */
export const unitsToNumber = (units: bigint, decimals: number): number => {
  const { negative, whole, fraction } = toDigits(units, decimals);
  const value = Number(`${whole}.${fraction || "0"}`);
  return negative ? -value : value;
};

/** Throws when `decimals` is not a whole number of places from 0 to 20 (a programming error). */
export const assertDecimals = (decimals: number): void => {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
  }
};
