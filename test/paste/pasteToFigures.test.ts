import { parseFigures } from "../../src/domain/figures/parseFigures";
import type { Figures } from "../../src/domain/figures/schema";
import { parsePastedFields } from "../../src/domain/paste/parsePastedFields";
import { parsePastedTable } from "../../src/domain/paste/parsePastedTable";
import { pasteToFigures } from "../../src/domain/paste/pasteToFigures";
import { cchcQuarterlySct as template } from "../../src/domain/template/cchcQuarterlySct";
import { seedFigures } from "./fixture";
import { readSample } from "./readSample";

const progressive = { c2: 9, c3: 9, c4: 9, c5: 9, c6: 9 };
/** Last quarter's figures, say: other values everywhere the pastes below will write. */
const base: Figures = {
  ...seedFigures,
  fields: { ...seedFigures.fields, "II.1.vbqpplDraftsRegistered": 5, "II.2.2.1.onTimeRatePct": 98 },
  tables: {
    ...seedFigures.tables,
    T2: { rows: [{ c2: "Cũ", c4: 1, c6: 0 }, { c2: "Cũ 2", c4: 2, c6: 0 }] },
    T6: { rows: Array.from({ length: 7 }, () => progressive) },
    T9: { rows: [{ c2: "Cũ", c4: 1, c5: 1, c7: 1, c8: 1, c10: 1, c11: 1, c13: null }] },
  },
};

describe("pasteToFigures", () => {
  it("the base is valid Figures to start with", () => {
    expect(parseFigures(seedFigures, template).issues).toEqual([]);
  });

  it.each<[string, string]>([
    ["replaces a variable table's rows", "t2-excel.tsv"],
    ["fills a variable table", "t9-sheets.tsv"],
    ["writes every pasted cell of a fixed table", "t6-excel.tsv"],
  ])("%s (%s), giving the seed's figures back", (_, sample) => {
    const pasted = parsePastedTable(readSample(sample), template).value!;
    const next = pasteToFigures(base, pasted);
    expect(next.tables[pasted.tableId]).toEqual(seedFigures.tables[pasted.tableId]);
    expect(parseFigures(next, template).issues).toEqual([]);
  });

  it("keeps the cells and rows of a fixed table that were not pasted", () => {
    const pasted = parsePastedTable("Nội dung\tQuí I\r\nBổ nhiệm lại\t2\r\nViên chức\t0\r\n", template, { table: "T6" }).value!;
    const rows = pasteToFigures(base, pasted).tables.T6?.rows;
    expect(rows?.[1]).toEqual({ ...progressive, c3: 2 });
    expect(rows?.[6]).toEqual({ ...progressive, c3: 0 });
    expect(rows?.[0]).toEqual(progressive);
  });

  it("sets pasted figures, leaving the base untouched", () => {
    const pasted = parsePastedFields(readSample("fields-excel.tsv"), template).value!;
    const before = JSON.stringify(base);
    const next = pasteToFigures(base, pasted);
    expect(next.fields).toEqual(seedFigures.fields);
    expect(JSON.stringify(base)).toBe(before);
    expect(parseFigures(next, template).issues).toEqual([]);
  });
});
