import { cellKey, numberText, sheetGrid } from "../../src/domain/workbook/sheetGrid";
import type { SheetData } from "../../src/domain/workbook";

describe("sheetGrid: a sheet as the text a clerk would have pasted", () => {
  const sheet: SheetData = {
    name: "Bảng 2",
    rows: [
      [{ kind: "text", text: "STT" }, undefined, { kind: "text", text: "Tỷ lệ" }],
      undefined,
      [
        { kind: "number", value: 2460 },
        { kind: "number", value: 0.963, percent: true },
        { kind: "formula", formula: "C3+D3", result: { kind: "number", value: 95 } },
        { kind: "formula", formula: "C3/D3" },
        { kind: "error", text: "#DIV/0!" },
        { kind: "date", iso: "2021-03-01" },
        { kind: "boolean", value: true },
      ],
    ],
  };
  const read = sheetGrid(sheet);

  it("gives each cell its text, holes and missing rows as empty cells", () => {
    expect(read.grid).toEqual([["STT", "", "Tỷ lệ"], [], ["2460", "96,3 %", "95", "", "", "01/03/2021", "TRUE"]]);
  });

  it("keeps aside the formulas, and the cells that cannot be read with what is wrong", () => {
    expect([...read.formulas]).toEqual([cellKey(2, 2), cellKey(2, 3)]);
    expect([...read.problems]).toEqual([
      [cellKey(2, 3), { code: "workbook.formulaNoValue", params: { formula: "C3/D3" } }],
      [cellKey(2, 4), { code: "workbook.errorValue", params: { value: "#DIV/0!" } }],
    ]);
  });

  it("writes numbers the way the paste reader reads them back", () => {
    expect(numberText(1.234)).toBe("1,2340");
    expect(numberText(-12.5)).toBe("-12,5");
  });
});
