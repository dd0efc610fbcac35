import type { CellRead } from "../../src/domain/paste/CellProblem";
import { readNumberCell, type NumberKind } from "../../src/domain/paste/readNumberCell";

const ok = (value: number | null): CellRead<number | null> => ({ value });
const bad = (code: string, params: Record<string, string | number>) => ({ problem: { code, params } });

describe("readNumberCell", () => {
  it.each<[string, NumberKind, unknown]>([
    ["2.555", "integer", ok(2555)],
    ["1.053", "integer", ok(1053)],
    ["12.345.678", "integer", ok(12345678)],
    ["1.000", "integer", ok(1000)],
    ["05", "integer", ok(5)],
    ["2555", "integer", ok(2555)],
    ["", "integer", ok(null)],
    ["  ", "percent", ok(null)],
    ["96,3 %", "percent", ok(96.3)],
    ["99,36%", "percent", ok(99.36)],
    ["100", "percent", ok(100)],
    ["0,5", "percent", ok(0.5)],
    ["1.5%", "percent", ok(1.5)],
  ])("reads %j in a %s column", (text, kind, expected) => {
    expect(readNumberCell(text, kind)).toEqual(expected);
  });

  it.each<[string, NumberKind, unknown]>([
    ["abc", "integer", bad("paste.badNumber", { value: "abc" })],
    ["12,3,4", "percent", bad("paste.badNumber", { value: "12,3,4" })],
    ["1,5", "integer", bad("paste.notAnInteger", { value: "1,5" })],
    ["1,053", "integer", bad("paste.ambiguousNumber", { value: "1,053", first: 1.053, second: 1053 })],
    ["1,000", "integer", bad("paste.ambiguousNumber", { value: "1,000", first: 1, second: 1000 })],
    ["1.234", "percent", bad("paste.ambiguousNumber", { value: "1.234", first: 1234, second: 1.234 })],
    ["1,234", "percent", bad("paste.ambiguousNumber", { value: "1,234", first: 1.234, second: 1234 })],
    ["50%", "integer", bad("paste.percentInCount", { value: "50%" })],
    ["-3", "integer", bad("paste.negative", { value: "-3" })],
    ["120 %", "percent", bad("paste.percentOver100", { value: "120 %" })],
  ])("reports %j in a %s column", (text, kind, expected) => {
    expect(readNumberCell(text, kind)).toEqual(expected);
  });
});
