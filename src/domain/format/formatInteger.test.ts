import { formatInteger, type FormatIntegerOptions } from "./formatInteger";

describe("formatInteger", () => {
  it.each<[number, FormatIntegerOptions, string]>([
    // the seed's grouped figures
    [2555, {}, "2.555"],
    [2460, {}, "2.460"],
    [3248, {}, "3.248"],
    [1053, {}, "1.053"],
    [2195, {}, "2.195"],
    [12345678, {}, "12.345.678"],
    [1000000, {}, "1.000.000"],
    [999, {}, "999"],
    [95, {}, "95"],
    [0, {}, "0"],
    [-0, {}, "0"],
    [-1053, {}, "-1.053"],
    [-5, { pad: 2 }, "-05"],
    // prose counts: "01 hồ sơ", "06 TTHC", "07 văn bản"
    [1, { pad: 2 }, "01"],
    [6, { pad: 2 }, "06"],
    [7, { pad: 2 }, "07"],
    [2, { pad: 2 }, "02"],
    [3, { pad: 2 }, "03"],
    [5, { pad: 2 }, "05"],
    [0, { pad: 2 }, "00"],
    [10, { pad: 2 }, "10"],
    [116, { pad: 2 }, "116"],
    [1053, { pad: 2 }, "1.053"],
    // fractional input is rounded half-up
    [2.5, {}, "3"],
    [-2.5, {}, "-3"],
    [1e21, {}, "1.000.000.000.000.000.000.000"],
  ])("writes %p with %j as %j", (n, options, expected) => {
    expect(formatInteger(n, options)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])("rejects %p as a programming error", (n) => {
    expect(() => formatInteger(n)).toThrow(RangeError);
  });
});
