import { parseViNumber, type ViNumberParse } from "./parseViNumber";

const n = (value: number): ViNumberParse => ({ value, unit: "none" });
const pct = (value: number): ViNumberParse => ({ value, unit: "percent" });
const invalid: ViNumberParse = { issue: "number.invalid" };
const ambiguous = (vi: number, other: number, unit: "none" | "percent" = "none"): ViNumberParse => ({
  issue: "number.ambiguous",
  unit,
  readings: [vi, other],
});

describe("parseViNumber", () => {
  describe("reads vi-VN numbers, as the seed writes them", () => {
    it.each<[string, ViNumberParse]>([
      ["2.555", n(2555)],
      ["2.460", n(2460)],
      ["3.248", n(3248)],
      ["1.053", n(1053)],
      ["2.195", n(2195)],
      ["95", n(95)],
      ["0", n(0)],
      ["01", n(1)],
      ["06", n(6)],
      ["12.345.678", n(12345678)],
      ["96,3", n(96.3)],
      ["1.234,5", n(1234.5)],
      ["1.234.567,891", n(1234567.891)],
      ["0,5", n(0.5)],
      ["99,36%", pct(99.36)],
      ["96,3 %", pct(96.3)],
      ["3,7 %", pct(3.7)],
      ["100%", pct(100)],
      ["100", n(100)],
    ])("%j → %j", (text, expected) => {
      expect(parseViNumber(text)).toEqual(expected);
    });
  });

  describe("takes what spreadsheets put on the clipboard", () => {
    it.each<[string, ViNumberParse]>([
      ["  2.555\t", n(2555)],
      ["2.555\r\n", n(2555)],
      ["1 234 567", n(1234567)],
      ["1\u00a0234\u00a0567", n(1234567)],
      ["1\u202f234,5", n(1234.5)],
      ["1\u2009234", n(1234)],
      ["96,3\u00a0%", pct(96.3)],
      ["+5", n(5)],
      ["-5", n(-5)],
      ["\u22125", n(-5)],
      ["-1.053", n(-1053)],
      ["-96,3 %", pct(-96.3)],
      ["-0", n(0)],
      // en-US notation, where it can only be read one way
      ["1,234.5", n(1234.5)],
      ["1,234,567", n(1234567)],
      ["1,234,567.25", n(1234567.25)],
      ["1.5", n(1.5)],
      ["1.5%", pct(1.5)],
      ["0.123", n(0.123)],
      ["1234.567", n(1234.567)],
      ["12.34", n(12.34)],
      // a leading zero cannot start a thousands group, so the dot is a decimal point
      ["01.234", n(1.234)],
    ])("%j → %j", (text, expected) => {
      expect(parseViNumber(text)).toEqual(expected);
    });
  });

  describe("reads one separator before three digits the vi-VN way, or reports it with strict", () => {
    it.each<[string, ViNumberParse, ViNumberParse]>([
      ["1.234", n(1234), ambiguous(1234, 1.234)],
      ["123.456", n(123456), ambiguous(123456, 123.456)],
      ["1,234", n(1.234), ambiguous(1.234, 1234)],
      ["-1.234", n(-1234), ambiguous(-1234, -1.234)],
      ["1,234 %", pct(1.234), ambiguous(1.234, 1234, "percent")],
      // not ambiguous: several groups, both marks, a leading zero, other digit counts
      ["1.234.567", n(1234567), n(1234567)],
      ["1.234,5", n(1234.5), n(1234.5)],
      ["0,123", n(0.123), n(0.123)],
      ["1234,567", n(1234.567), n(1234.567)],
      ["96,3", n(96.3), n(96.3)],
      ["1.5", n(1.5), n(1.5)],
      ["2555", n(2555), n(2555)],
    ])("%j → %j, strict → %j", (text, lenient, strict) => {
      expect([parseViNumber(text), parseViNumber(text, { strict: true })]).toEqual([lenient, strict]);
    });
  });

  describe("refuses what is not a number", () => {
    it.each<[string, ViNumberParse]>([
      ["", { issue: "number.empty" }],
      ["   ", { issue: "number.empty" }],
      ["\u00a0", { issue: "number.empty" }],
      ["%", invalid],
      ["-", invalid],
      ["+-5", invalid],
      ["- 5", invalid],
      ["abc", invalid],
      ["12a", invalid],
      ["1e5", invalid],
      ["1..234", invalid],
      ["1.", invalid],
      [",5", invalid],
      ["1.23.456", invalid],
      ["12.34.567", invalid],
      ["1.234.56", invalid],
      ["1,234.567.890", invalid],
      ["1.234,567,8", invalid],
      ["1.234 567", invalid],
      ["1 234.567,8", invalid],
      ["12 34", invalid],
      ["1  234", invalid],
      ["0.123.456", invalid],
      ["5%%", invalid],
      ["%5", invalid],
      ["(14cts + 7 sim PKI)", invalid],
    ])("%j → %j", (text, expected) => {
      expect(parseViNumber(text)).toEqual(expected);
    });
  });
});
