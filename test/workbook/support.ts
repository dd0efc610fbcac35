import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Figures } from "../../src/domain/figures/schema";

export const FIXTURE = join(__dirname, "..", "fixtures", "figures", "sct-dongnai-2021-Q1.json");
export const seedFigures = (): Figures => JSON.parse(readFileSync(FIXTURE, "utf8")) as Figures;

export const tempDir = () => mkdtempSync(join(tmpdir(), "baocao-xlsx-"));

/** Opens an .xlsx file with exceljs, as a division's spreadsheet would. */
export async function openBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return book;
}

export async function saveBook(book: ExcelJS.Workbook, path: string): Promise<void> {
  writeFileSync(path, new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The sheet of a table by the start of its name ("Bảng 2."). */
export function sheetStarting(book: ExcelJS.Workbook, prefix: string): ExcelJS.Worksheet {
  const sheet = book.worksheets.find((s) => s.name.startsWith(prefix));
  if (!sheet) throw new Error(`no sheet ${prefix}`);
  return sheet;
}

/** The row number (from 1) whose column A or B reads `label`. */
export function rowOf(sheet: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  sheet.eachRow((row, r) => {
    if (found) return;
    if ([1, 2].some((c) => String(row.getCell(c).value ?? "").trim() === label)) found = r;
  });
  if (!found) throw new Error(`no row “${label}” on ${sheet.name}`);
  return found;
}

/** Figures without their `source`, which says where they were read from. */
export const withoutSource = ({ source: _source, ...rest }: Figures) => rest;
