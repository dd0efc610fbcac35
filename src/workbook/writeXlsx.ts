import type ExcelJS from "exceljs";
import type { CellStyle, PlannedCell, PlannedValue, SheetPlan, Validation, WorkbookPlan } from "../domain/workbook";
import { loadExcelJs } from "./loadExcelJs";

const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const SHADE = (argb: string) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: { argb } });
const FONT = "Times New Roman";

/** How each kind of planned cell looks: the printed report's font, headers bold and shaded, computed cells grey. */
const STYLES: Readonly<Record<CellStyle, Partial<ExcelJS.Style>>> = {
  title: { font: { name: FONT, size: 13, bold: true }, alignment: { vertical: "middle" } },
  note: { font: { name: FONT, size: 11, italic: true }, alignment: { wrapText: true, vertical: "top" } },
  header: {
    font: { name: FONT, size: 11, bold: true },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    border: BORDER,
    fill: SHADE("FFD9E1F2"),
  },
  label: { font: { name: FONT, size: 11 }, alignment: { vertical: "middle", wrapText: true }, border: BORDER, fill: SHADE("FFEDEDED") },
  group: { font: { name: FONT, size: 11, bold: true }, alignment: { vertical: "middle", wrapText: true }, border: BORDER, fill: SHADE("FFEDEDED") },
  input: { font: { name: FONT, size: 11 }, alignment: { vertical: "middle", wrapText: true }, border: BORDER },
  computed: { font: { name: FONT, size: 11 }, alignment: { horizontal: "right", vertical: "middle" }, border: BORDER, fill: SHADE("FFD9D9D9") },
  total: { font: { name: FONT, size: 11, bold: true }, alignment: { vertical: "middle" }, border: BORDER, fill: SHADE("FFD9D9D9") },
  coverLabel: { font: { name: FONT, size: 11, bold: true }, alignment: { vertical: "middle" } },
  coverValue: { font: { name: FONT, size: 11 }, alignment: { vertical: "middle", wrapText: true } },
  id: { font: { name: FONT, size: 9, color: { argb: "FF808080" } } },
};

function dataValidation(rule: Validation, prompt: string | undefined, error: string | undefined): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Giá trị không hợp lệ",
    error: error ?? "Giá trị không hợp lệ.",
    ...(prompt ? { showInputMessage: true, promptTitle: "Cách nhập", prompt } : {}),
  } as const;
  switch (rule.kind) {
    case "whole":
      return rule.max === undefined
        ? { type: "whole", operator: "greaterThanOrEqual", formulae: [rule.min], ...messages }
        : { type: "whole", operator: "between", formulae: [rule.min, rule.max], ...messages };
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [rule.min, rule.max], ...messages };
    case "list":
      return { type: "list", formulae: [`"${rule.options.join(",")}"`], ...messages };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max], ...messages };
    case "date":
      return { type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))], ...messages };
  }
}

/** A planned value as exceljs takes it: an ISO date becomes a Date at midnight UTC (exceljs writes UTC). */
function cellValue(value: PlannedValue): ExcelJS.CellValue {
  if (value !== null && typeof value === "object") return new Date(`${value.date}T00:00:00Z`);
  return value;
}

function writeCell(sheet: ExcelJS.Worksheet, planned: PlannedCell): void {
  const cell = sheet.getCell(planned.row + 1, planned.col + 1);
  const value = cellValue(planned.value);
  cell.value = planned.formula !== undefined ? { formula: planned.formula, result: (value ?? "") as string | number } : value;
  cell.style = { ...STYLES[planned.style], ...(planned.numFmt ? { numFmt: planned.numFmt } : {}) };
  if (planned.input) {
    cell.protection = { locked: false };
    if (planned.input.validation) cell.dataValidation = dataValidation(planned.input.validation, planned.input.prompt, planned.input.error);
  } else {
    cell.protection = { locked: true };
  }
}

async function writeSheet(book: ExcelJS.Workbook, plan: SheetPlan): Promise<void> {
  const sheet = book.addWorksheet(plan.name, {
    views: plan.frozenRows > 0 ? [{ state: "frozen", ySplit: plan.frozenRows }] : [],
    pageSetup: { orientation: plan.role === "table" ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  plan.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const col of plan.hiddenColumns) sheet.getColumn(col + 1).hidden = true;
  for (const cell of plan.cells) writeCell(sheet, cell);
  for (const m of plan.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const [row, height] of plan.heights) sheet.getRow(row + 1).height = height;
  // Protection without a password: the locks keep a clerk from typing over labels and formulas by mistake,
  // and anyone who must change the layout can lift it (Review → Unprotect Sheet).
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: plan.role === "table",
    sort: false,
    autoFilter: false,
  });
}

/**
 * Writes a planned figures workbook as .xlsx bytes with exceljs: styles, merges, formulas with their cached
 * values, unlocked input cells with data validation, sheets protected without a password.
 */
export async function writeXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const book = new Workbook();
  book.creator = "baocao";
  book.title = plan.title;
  book.subject = plan.subject;
  book.keywords = plan.keywords;
  book.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) await writeSheet(book, sheet);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
