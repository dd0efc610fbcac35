import type ExcelJS from "exceljs";
import type { SheetCell, SheetData, SheetValue } from "../domain/workbook";
import type { UnpackLimits } from "../docx/package/unpackLimits";
import { loadExcelJs } from "./loadExcelJs";

/** Workbooks bigger than this are refused before they are unpacked. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/**
 * What a workbook may unpack to (a .xlsx is a zip too: 1 MB can hold a 1 GB sheet): a document's limits, with
 * room for a sheet of 100,000 rows (the reader's limit) of a wide table — about 60 MB of XML.
 */
const workbookLimits = (documents: UnpackLimits): UnpackLimits => ({
  ...documents,
  xmlPartBytes: 96 * 1024 * 1024,
  xmlTags: 8_000_000,
  // A sheet of many like rows packs far better than a document (40,000 equal rows: 293 to 1); the sizes bound it.
  ratio: 1_000,
});

/**
 * Refuses a workbook over its limits (workbookLimits) before exceljs, which inflates each part whole, is given it:
 * the zip directory is checked, then every part inflated and counted without being kept. Bytes that are no zip
 * are left for exceljs to say so.
 */
async function refuseTooLarge(bytes: Uint8Array): Promise<void> {
  // Loaded with exceljs, in its chunk: the pane fetches the zip reader only when the clerk picks a workbook.
  const { PackageTooLarge, readZipParts, UNPACK_LIMITS } = await import(
    /* webpackChunkName: "exceljs" */ "../docx/package/unpackLimits"
  );
  try {
    await readZipParts(bytes, { limits: workbookLimits(UNPACK_LIMITS), countOnly: true });
  } catch (error) {
    if (error instanceof PackageTooLarge) throw new WorkbookUnreadable(`vượt giới hạn giải nén: ${error.detail}`);
  }
}

export class WorkbookUnreadable extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = "WorkbookUnreadable";
  }
}

/**
 * Parts of a worksheet the reader never looks at, left unparsed: exceljs would otherwise build, for each
 * data-validation range, an entry per cell, and models of views, columns, page setup and protection.
 * Cells (sheetData) and merges (mergeCells) are read.
 */
const IGNORED_NODES = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
];

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

function plainValue(value: unknown, numFmt: string | undefined): SheetValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return { kind: "number", value, ...(numFmt?.includes("%") ? { percent: true } : {}) };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: "error", text: "#VALUE!" } : { kind: "date", iso: isoOf(value) };
  if (typeof value === "object") {
    const v = value as { error?: string; richText?: { text: string }[]; text?: unknown };
    if (typeof v.error === "string") return { kind: "error", text: v.error };
    if (Array.isArray(v.richText)) return { kind: "text", text: v.richText.map((r) => r.text).join("") };
    if (typeof v.text === "string") return { kind: "text", text: v.text };
  }
  return undefined;
}

/** One exceljs cell as the reader sees it: merged-away cells empty, formulas with their cached result. */
function sheetCell(cell: ExcelJS.Cell): SheetCell | undefined {
  if (cell.isMerged && cell.master !== cell) return undefined;
  const value = cell.value as unknown;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const f = value as { formula?: string; sharedFormula?: string; result?: unknown };
    const result = plainValue(f.result, cell.numFmt);
    const formula = f.formula ?? f.sharedFormula ?? "";
    return result ? { kind: "formula", formula, result } : { kind: "formula", formula };
  }
  return plainValue(value, cell.numFmt);
}

/** The sheets of a workbook's bytes, each row's cells from column A. Damaged or non-xlsx bytes throw WorkbookUnreadable. */
export async function readXlsx(bytes: Uint8Array): Promise<readonly SheetData[]> {
  if (bytes.byteLength > MAX_WORKBOOK_BYTES) throw new WorkbookUnreadable(`lớn hơn ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB`);
  await refuseTooLarge(bytes);
  const { Workbook } = await loadExcelJs();
  const book = new Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    throw new WorkbookUnreadable(error instanceof Error ? error.message : String(error));
  }
  return book.worksheets
    .filter((sheet) => sheet.state === "visible" || sheet.state === undefined)
    .map((sheet) => {
      const rows: (SheetCell | undefined)[][] = [];
      sheet.eachRow({ includeEmpty: false }, (row, r) => {
        const cells: (SheetCell | undefined)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          cells[c - 1] = sheetCell(cell);
        });
        rows[r - 1] = cells;
      });
      return { name: sheet.name, rows };
    });
}
