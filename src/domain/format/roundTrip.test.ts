import fc from "fast-check";
import { formatDateNd30 } from "./formatDateNd30";
import { formatDecimal } from "./formatDecimal";
import { formatInteger } from "./formatInteger";
import { formatLongDate } from "./formatLongDate";
import { formatPercent } from "./formatPercent";
import { parseViDate } from "./parseViDate";
import { parseViNumber } from "./parseViNumber";
import { roundDecimal } from "./roundDecimal";

const date = fc.record({
  year: fc.integer({ min: 1900, max: 2100 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});

describe("what the formatters write, the parsers read back", () => {
  it("integers, grouped and padded", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (n, pad) => {
        expect(parseViNumber(formatInteger(n, { pad }))).toEqual({ value: n, unit: "none" });
      }),
    );
  });

  it("decimals, as their rounded value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (n, places) => {
          expect(parseViNumber(formatDecimal(n, places))).toEqual({
            value: roundDecimal(n, places),
            unit: "none",
          });
        },
      ),
    );
  });

  it("percents, with or without the space", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (v, decimals, space) => {
          expect(parseViNumber(formatPercent(v, { decimals, space }))).toEqual({
            value: roundDecimal(v, decimals),
            unit: "percent",
          });
        },
      ),
    );
  });

  it("dates, in figures and in words", () => {
    fc.assert(
      fc.property(date, (d) => {
        expect([parseViDate(formatDateNd30(d)), parseViDate(formatLongDate(d))]).toEqual([
          { value: d },
          { value: d },
        ]);
      }),
    );
  });
});
