import { parseFigures } from "../../src/domain/figures/parseFigures";
import type { Figures } from "../../src/domain/figures/schema";
import { parsePastedFields } from "../../src/domain/paste/parsePastedFields";
import { parsePastedTable } from "../../src/domain/paste/parsePastedTable";
import { pasteToFigures } from "../../src/domain/paste/pasteToFigures";
import { miniTemplate as template } from "./miniTemplate";
import { readSample } from "./readSample";

const row = (prev: number, q1: number) => ({ c2: prev, c3: q1, c4: null, c5: null, c6: null });
const base: Figures = {
  template: "mini",
  agency: "sct-dongnai",
  period: "2021-Q1",
  fields: { "II.1.vbqpplDraftsRegistered": 5 },
  tables: {
    T2: { rows: [{ c2: "Cũ", c3: 1, c4: 1, c6: 0 }, { c2: "Cũ 2", c3: 2, c4: 2, c6: 0 }] },
    T6: { rows: Array.from({ length: 7 }, () => row(9, 9)) },
  },
};

describe("pasteToFigures", () => {
  it("replaces a variable table's rows", () => {
    const pasted = parsePastedTable(readSample("t2-excel.tsv"), template).value!;
    const next = pasteToFigures(base, pasted);
    expect(next.tables.T2).toEqual({ rows: [{ c2: "Công Thương", c3: 2555, c4: 2460, c6: 95 }] });
    expect(parseFigures(next, template).issues).toEqual([]);
  });

  it("merges a fixed table's pasted rows and cells, keeping what was not pasted", () => {
    const text = "Nội dung\tQuí I\r\nBổ nhiệm lại\t2\r\nViên chức\t0\r\n";
    const pasted = parsePastedTable(text, template).value!;
    const next = pasteToFigures(base, pasted);
    expect(next.tables.T6?.rows[1]).toEqual(row(9, 2));
    expect(next.tables.T6?.rows[6]).toEqual(row(9, 0));
    expect(next.tables.T6?.rows[0]).toEqual(row(9, 9));
    expect(parseFigures(next, template).issues).toEqual([]);
  });

  it("adds a fixed table the base lacks", () => {
    const pasted = parsePastedTable(readSample("t7-calc-semicolon.csv"), template).value!;
    const next = pasteToFigures(base, pasted);
    expect(next.tables.T7?.rows).toHaveLength(10);
    expect(parseFigures(next, template).issues).toEqual([]);
  });

  it("sets pasted figures and leaves the base untouched", () => {
    const pasted = parsePastedFields(readSample("fields-excel.tsv"), template).value!;
    const before = JSON.stringify(base);
    const next = pasteToFigures(base, pasted);
    expect(next.fields["II.1.vbqpplDraftsRegistered"]).toBe(7);
    expect(next.fields["II.6.c.egovOnlineProcs"]).toEqual({ num: 116, den: 116 });
    expect(JSON.stringify(base)).toBe(before);
    expect(parseFigures(next, template).issues).toEqual([]);
  });
});
