import { formatPercent, type FormatPercentOptions } from "./formatPercent";
import { percentOf } from "./percentOf";

describe("formatPercent", () => {
  it.each<[number, FormatPercentOptions, string]>([
    // the seed: T2 "96,3 %", "3,7 %"; prose "99,36%"; "100%"
    [(2460 / 2555) * 100, { decimals: 1, space: true }, "96,3 %"],
    [(95 / 2555) * 100, { decimals: 1, space: true }, "3,7 %"],
    [99.36, { decimals: 2 }, "99,36%"],
    [99.36, { decimals: 2, space: false }, "99,36%"],
    [100, { decimals: 0 }, "100%"],
    [100, { decimals: 2 }, "100,00%"],
    [100, { decimals: 2, trailingZeros: "trim" }, "100%"],
    [90, { decimals: 0 }, "90%"],
    [1.5, { decimals: 1 }, "1,5%"],
    [0, { decimals: 1, space: true }, "0,0 %"],
    [-2.35, { decimals: 1 }, "-2,4%"],
  ])("writes %p with %j as %j", (value, options, expected) => {
    expect(formatPercent(value, options)).toBe(expected);
  });

  it("writes the seed's T2 ratios from its counts", () => {
    const onTime = percentOf(2460, 2555, 1);
    const late = percentOf(95, 2555, 1);
    expect([onTime, late].map((v) => formatPercent(v ?? NaN, { decimals: 1, space: true }))).toEqual([
      "96,3 %",
      "3,7 %",
    ]);
  });
});

describe("percentOf", () => {
  it.each<[number, number, number, number | undefined]>([
    [2460, 2555, 1, 96.3],
    [95, 2555, 1, 3.7],
    [2460, 2555, 2, 96.28],
    [116, 116, 0, 100],
    [116, 116, 2, 100],
    [1053, 1053, 0, 100],
    [1, 3, 2, 33.33],
    [2, 3, 2, 66.67],
    [1, 8, 1, 12.5],
    [1, 8, 0, 13],
    [1, 200, 0, 1],
    [1, 400, 1, 0.3],
    [-1, 8, 0, -13],
    [0, 5, 1, 0],
    [0.5, 2, 0, 25],
    [1.005, 100, 2, 1.01],
    [3, 0, 1, undefined],
    [0, 0, 1, undefined],
  ])("%p of %p to %i places is %p", (part, whole, decimals, expected) => {
    expect(percentOf(part, whole, decimals)).toBe(expected);
  });
});
