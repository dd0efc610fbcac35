import { formatDecimal, type FormatDecimalOptions } from "./formatDecimal";
import { roundDecimal } from "./roundDecimal";

describe("formatDecimal", () => {
  it.each<[number, number, FormatDecimalOptions, string]>([
    [(2460 / 2555) * 100, 1, {}, "96,3"],
    [(95 / 2555) * 100, 1, {}, "3,7"],
    [99.36, 2, {}, "99,36"],
    [100, 0, {}, "100"],
    [100, 2, {}, "100,00"],
    [100, 2, { trailingZeros: "trim" }, "100"],
    [99.5, 2, { trailingZeros: "trim" }, "99,5"],
    [99.5, 2, { trailingZeros: "keep" }, "99,50"],
    [12345.678, 2, {}, "12.345,68"],
    [1234567.5, 1, {}, "1.234.567,5"],
    // half-up on the decimal digits, not on the binary value
    [1.005, 2, {}, "1,01"],
    [1.045, 2, {}, "1,05"],
    [8.345, 2, {}, "8,35"],
    [0.125, 2, {}, "0,13"],
    [2.675, 2, {}, "2,68"],
    [1.0049999, 2, {}, "1,00"],
    [0.5, 0, {}, "1"],
    [1.5, 0, {}, "2"],
    [-1.005, 2, {}, "-1,01"],
    [-0.04, 1, {}, "0,0"],
    [0.1 + 0.2, 2, {}, "0,30"],
    [1.5e-7, 8, {}, "0,00000015"],
    [3, 2, {}, "3,00"],
  ])("writes %p with %i places and %j as %j", (n, decimals, options, expected) => {
    expect(formatDecimal(n, decimals, options)).toBe(expected);
  });

  it.each([
    [1, -1],
    [1, 1.5],
    [1, 21],
    [NaN, 1],
  ])("rejects %p with %p places as a programming error", (n, decimals) => {
    expect(() => formatDecimal(n, decimals)).toThrow(RangeError);
  });
});

describe("roundDecimal", () => {
  it.each([
    [1.005, 2, 1.01],
    [(2460 / 2555) * 100, 1, 96.3],
    [(2460 / 2555) * 100, 2, 96.28],
    [-2.5, 0, -3],
    [2.4999, 0, 2],
    [-0.4, 0, 0],
    [123.456, 5, 123.456],
  ])("rounds %p to %i places: %p", (n, decimals, expected) => {
    expect(roundDecimal(n, decimals)).toBe(expected);
  });
});
