import { join } from "node:path";
import type ExcelJS from "exceljs";
import type { Figures } from "../../src/domain/figures/schema";
import { runCli } from "../support/runCli";
import { openBook, rowOf, saveBook, seedFigures, sheetStarting, tempDir, withoutSource, FIXTURE } from "./support";

type ImportJson = { figures: Figures | null; issues: { code: string; message: string; severity?: string }[] };

const dir = tempDir();
const exported = join(dir, "so-lieu.xlsx");

beforeAll(async () => {
  expect((await runCli("figures", "export", "--period", "2021-Q1", "--data", FIXTURE, "-o", exported)).code).toBe(0);
});

async function importBook(book: ExcelJS.Workbook, name: string, ...flags: string[]) {
  const path = join(dir, name);
  await saveBook(book, path);
  const run = await runCli("figures", "import", path, "--json", ...flags);
  return { code: run.code, json: JSON.parse(run.stdout) as ImportJson };
}

/** Swaps two rows' values, cell by cell (the division sorted the rows its own way). */
function swapRows(sheet: ExcelJS.Worksheet, a: number, b: number, width: number) {
  for (let c = 1; c <= width; c += 1) {
    const x = sheet.getCell(a, c).value;
    sheet.getCell(a, c).value = sheet.getCell(b, c).value;
    sheet.getCell(b, c).value = x;
  }
}

/**
 * The T2 sheet as a division retyped it on a sheet of its own name: its header with a column of its own
 * ("Ghi chú của phòng") inserted, the numbers typed as vi-VN text.
 */
function retypedT2(book: ExcelJS.Workbook) {
  book.removeWorksheet(sheetStarting(book, "Bảng 2.").id);
  const sheet = book.addWorksheet("DVC phòng Kế hoạch");
  sheet.addRow(["Số liệu dịch vụ công quý I"]);
  sheet.addRow([]);
  sheet.addRow(["STT", "Tên thủ tục hành chính, dịch vụ công", "Tổng số hồ sơ đã tiếp nhận", "Dịch vụ công mức độ 3 và mức độ 4", "", "Ghi chú của phòng", "Hồ sơ nộp trực tiếp", ""]);
  sheet.addRow(["", "", "", "Số hồ sơ thực hiện mức độ 3 và 4", "Tỷ lệ (%)", "", "Tổng số hồ sơ", "Tỷ lệ (%)"]);
  sheet.addRow([1, "Công Thương", "2.555", "2.460", "96,3 %", "đã rà soát", "95", "3,7 %"]);
  sheet.mergeCells("D3:E3");
  sheet.mergeCells("G3:H3");
  return sheet;
}

describe("a workbook edited the way divisions do", () => {
  it("imports a re-arranged workbook: sheet renamed, rows reordered, a column inserted, numbers and a date as vi-VN text, a formula", async () => {
    const book = await openBook(exported);
    retypedT2(book);
    const t6 = sheetStarting(book, "Bảng 6.");
    t6.name = "Cán bộ (phòng TCHC)";
    swapRows(t6, rowOf(t6, "Bổ nhiệm mới"), rowOf(t6, "Luân chuyển"), 6);
    const t3 = sheetStarting(book, "Bảng 3.");
    t3.getCell(`C${rowOf(t3, "1. Số phòng thuộc Sở")}`).value = { formula: "2+4", result: 6 };
    const fields = sheetStarting(book, "Chỉ tiêu");
    fields.getCell(`C${rowOf(fields, "Tỷ lệ hồ sơ giải quyết đúng và trước hạn")}`).value = "99,36 %";
    fields.getCell(`C${rowOf(fields, "Số văn bản đi được ký số")}`).value = "1.053";
    // A date typed as vi-VN text rather than an Excel date.
    fields.getCell(`C${rowOf(fields, "Ngày bắt đầu áp dụng chữ ký số")}`).value = "01/03/2019";
    const { code, json } = await importBook(book, "sap-xep-lai.xlsx");
    expect(json.issues.filter((i) => i.severity !== "warning")).toEqual([]);
    expect(json.issues.map((i) => i.message)).toEqual([
      "Trang tính “DVC phòng Kế hoạch”, ô F5 (bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1): cột không có tiêu đề của bảng, số liệu “đã rà soát” không được đọc.",
    ]);
    expect(code).toBe(0);
    expect(json.figures && withoutSource(json.figures)).toEqual(withoutSource(seedFigures()));
  });

  it("reports every problem at once, each with its sheet, cell and the table's row and column; nothing is imported", async () => {
    const book = await openBook(exported);
    const t6 = sheetStarting(book, "Bảng 6.");
    t6.name = "Cán bộ (phòng TCHC)";
    const transfers = rowOf(t6, "Luân chuyển");
    t6.getCell(`B${transfers}`).value = -1;
    const t7 = sheetStarting(book, "Bảng 7.");
    t7.name = "Đào tạo";
    const degree = rowOf(t7, "Thạc sỹ trở lên");
    t7.getCell(`B${degree}`).value = "mười";
    const t5 = sheetStarting(book, "Bảng 5.");
    const t5row = rowOf(t5, "Công chức");
    t5.getCell(`B${t5row}`).value = { formula: "SUM(X1:X9)" } as ExcelJS.CellFormulaValue;
    const { code, json } = await importBook(book, "co-loi.xlsx");
    expect(code).toBe(1);
    expect(json.figures).toBeNull();
    const messages = json.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        `Trang tính “Cán bộ (phòng TCHC)”, ô B${transfers} (bảng “Quản lý cán bộ, công chức, viên chức”, dòng “Luân chuyển”, cột “Năm trước”): không được âm (“-1”).`,
        `Trang tính “Đào tạo”, ô B${degree} (bảng “Đào tạo, bồi dưỡng cán bộ, công chức, viên chức”, dòng “Thạc sỹ trở lên”, cột “Năm trước”): “mười” không phải là số.`,
        expect.stringMatching(new RegExp(`^Trang tính “Bảng 5\\. [^”]*”, ô B${t5row} .*công thức “=SUM\\(X1:X9\\)” nhưng chưa có kết quả tính`)),
      ]),
    );
    expect(json.issues.filter((i) => (i.severity ?? "error") === "error")).toHaveLength(3);
  });

  it("gives the valid part when the clerk asks for it: the tables without errors, not the others", async () => {
    const book = await openBook(exported);
    const t6 = sheetStarting(book, "Bảng 6.");
    t6.getCell(`B${rowOf(t6, "Luân chuyển")}`).value = -1;
    const { code, json } = await importBook(book, "mot-phan.xlsx", "--valid-part");
    expect(code).toBe(0);
    expect(json.figures?.tables.T6).toBeUndefined();
    expect(json.figures?.tables.T2).toEqual(seedFigures().tables.T2);
    expect(json.issues.some((i) => i.message.includes("không được âm"))).toBe(true);
  });

  it("answers in English with --lang en, and reports a file that is no workbook", async () => {
    const book = await openBook(exported);
    const t6 = sheetStarting(book, "Bảng 6.");
    t6.getCell(`B${rowOf(t6, "Luân chuyển")}`).value = -1;
    const { json } = await importBook(book, "en.xlsx", "--lang", "en");
    expect(json.issues[0]?.message).toMatch(/^Sheet “Bảng 6\. [^”]*”, cell B\d+ \(table “Personnel management”, row “Luân chuyển”, column “Năm trước”\)/);
    const run = await runCli("figures", "import", FIXTURE, "--json");
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as ImportJson).issues[0]?.code).toBe("workbook.unreadable");
  });
});
