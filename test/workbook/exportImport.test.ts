import { join } from "node:path";
import type ExcelJS from "exceljs";
import type { Figures } from "../../src/domain/figures/schema";
import { runCli } from "../support/runCli";
import { openBook, rowOf, seedFigures, sheetStarting, tempDir, withoutSource, FIXTURE } from "./support";

type ImportJson = { figures: Figures | null; issues: { code: string; message: string; path: unknown[] }[]; sheets: unknown[] };

describe("figures export → import (the Quý I/2021 fixture)", () => {
  const dir = tempDir();
  const file = join(dir, "so-lieu-2021-Q1.xlsx");
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const run = await runCli("figures", "export", "--period", "2021-Q1", "--data", FIXTURE, "-o", file);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    book = await openBook(file);
  });

  it("reads back the figures it was filled with: the round trip is exact", async () => {
    const run = await runCli("figures", "import", file, "--json");
    const json = JSON.parse(run.stdout) as ImportJson;
    expect(json.issues).toEqual([]);
    expect(run.code).toBe(0);
    expect(json.figures && withoutSource(json.figures)).toEqual(withoutSource(seedFigures()));
    expect(json.figures?.source).toBe("Excel: so-lieu-2021-Q1.xlsx");
  });

  it("names its sheets as the report names things: a cover, the figures, one sheet per table", () => {
    const names = book.worksheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(["Thông tin chung", "Chỉ tiêu"]);
    expect(names).toHaveLength(13);
    expect(names.slice(2).every((n, i) => n.startsWith(`Bảng ${i + 1}. `) && n.length <= 31)).toBe(true);
    const cover = sheetStarting(book, "Thông tin chung");
    expect(cover.getCell(`B${rowOf(cover, "Kỳ báo cáo")}`).value).toBe("Quí I năm 2021");
    expect(cover.getCell(`B${rowOf(cover, "Cơ quan")}`).value).toBe("Sở Công Thương tỉnh Đồng Nai");
    expect(cover.getColumn(3).hidden).toBe(true);
  });

  it("lays T2 out as the printed table: merged header rows, computed columns locked formulas, inputs unlocked and validated", () => {
    const t2 = sheetStarting(book, "Bảng 2.");
    const merges = (t2 as unknown as { _merges: Record<string, { range: string }> })._merges;
    const ranges = Object.values(merges).map((m) => m.range);
    expect(ranges).toEqual(expect.arrayContaining(["A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4"]));
    expect(t2.getCell("D4").value).toBe("Dịch vụ công mức độ 3 và mức độ 4");
    expect(t2.getCell("E5").value).toBe("Tỷ lệ (%)");
    // Row 6: "Công Thương", 2.460 at level 3/4, 95 at the counter.
    expect(t2.getCell("B6").value).toBe("Công Thương");
    expect(t2.getCell("D6").value).toBe(2460);
    expect(t2.getCell("C6").value).toMatchObject({ formula: 'IF(COUNT(D6,F6)=2,D6+F6,"")', result: 2555 });
    expect(t2.getCell("E6").value).toMatchObject({ formula: expect.stringContaining("ROUND(D6/C6*100,1)"), result: 96.3 });
    // exceljs leaves out what Excel takes by default: a cell is locked unless it says otherwise.
    expect(t2.getCell("C6").protection?.locked ?? true).toBe(true);
    expect(t2.getCell("A6").protection?.locked ?? true).toBe(true);
    expect(t2.getCell("D6").protection?.locked).toBe(false);
    expect(t2.getCell("D6").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
    expect(t2.getCell("B6").dataValidation).toMatchObject({ type: "textLength" });
    const protection = (t2 as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection).not.toHaveProperty("hashValue");
    // A blank row to fill under the figures, and the total row as formulas.
    expect(t2.getCell("D7").protection?.locked).toBe(false);
    const total = rowOf(t2, "Tổng số");
    expect(t2.getCell(`D${total}`).value).toMatchObject({ formula: `SUM(D6:D${total - 1})`, result: 2460 });
  });

  it("validates enumerated and percent inputs by their type, and keeps fixed-row labels locked", () => {
    const t1 = sheetStarting(book, "Bảng 1.");
    expect(t1.getCell("C4").value).toBe("Theo Quy định của Trung ương, UBND tỉnh");
    expect(t1.getCell("C5").dataValidation).toMatchObject({ type: "list", formulae: ['"Trung ương,UBND tỉnh"'] });
    const t10 = sheetStarting(book, "Bảng 10.");
    const r = rowOf(t10, "Số lượng cán bộ, công chức lãnh đạo, quản lý sử dụng chữ ký số, chứng thư số, sim PKI ký số");
    expect(t10.getCell(`E${r}`).dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
    expect(t10.getCell(`D${r}`).value).toBe("53 (1cts do cty TS24 cấp)");
    const t6 = sheetStarting(book, "Bảng 6.");
    const row = rowOf(t6, "Bổ nhiệm mới");
    expect(t6.getCell(`A${row}`).protection?.locked ?? true).toBe(true);
    expect(t6.getCell(`B${row}`).protection?.locked).toBe(false);
    const fields = sheetStarting(book, "Chỉ tiêu");
    const since = rowOf(fields, "Ngày bắt đầu áp dụng chữ ký số");
    expect(fields.getCell(`C${since}`).value).toEqual(new Date("2019-03-01T00:00:00Z"));
    expect(fields.getCell(`C${since}`).dataValidation).toMatchObject({ type: "date" });
    expect(fields.getColumn(5).hidden).toBe(true);
  });

  it("exports an empty workbook for a period without figures, which imports as nothing given", async () => {
    const empty = join(dir, "trong.xlsx");
    expect((await runCli("figures", "export", "--period", "2021-H1", "-o", empty)).code).toBe(0);
    const run = await runCli("figures", "import", empty, "--json");
    const json = JSON.parse(run.stdout) as ImportJson;
    expect(run.code).toBe(0);
    expect(json.figures).toMatchObject({ period: "2021-H1", agency: "sct-dongnai", fields: {}, tables: {} });
    const t3 = sheetStarting(await openBook(empty), "Bảng 3.");
    expect(t3.getCell("B4").value).toBe("Năm 2020");
    expect(t3.getCell("C4").value).toBe("Năm 2021");
  });

  it("fills a new period's workbook with last period's figures for reference, under the new period", async () => {
    const next = join(dir, "so-lieu-2021-H1.xlsx");
    expect((await runCli("figures", "export", "--period", "2021-H1", "--data", FIXTURE, "-o", next)).code).toBe(0);
    const json = JSON.parse((await runCli("figures", "import", next, "--json")).stdout) as ImportJson;
    expect(json.figures?.period).toBe("2021-H1");
    expect(json.figures?.tables.T2).toEqual(seedFigures().tables.T2);
    expect(json.figures?.dataWindow).toEqual({ from: "2021-01-01", to: "2021-06-14" });
  });
});
