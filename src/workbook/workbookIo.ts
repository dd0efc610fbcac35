import { issue } from "../domain/issues/Issue";
import { planWorkbook, readWorkbook, type PlanWorkbookInput, type ReadWorkbookOptions, type WorkbookRead } from "../domain/workbook";
import { readXlsx, WorkbookUnreadable } from "./readXlsx";
import { writeXlsx } from "./writeXlsx";

export type ExportWorkbookInput = PlanWorkbookInput;
export type ImportWorkbookOptions = ReadWorkbookOptions & { readonly fileName?: string };

/** The figures workbook of a period as .xlsx bytes (CLI, task pane and service share it). */
export async function exportWorkbook(input: ExportWorkbookInput): Promise<Uint8Array> {
  return writeXlsx(planWorkbook(input));
}

/**
 * Reads .xlsx bytes into Figures with every issue placed at its sheet and cell. Bytes that are no workbook give
 * one issue, never an exception.
 */
export async function importWorkbook(bytes: Uint8Array, options: ImportWorkbookOptions): Promise<WorkbookRead> {
  try {
    return readWorkbook(await readXlsx(bytes), options);
  } catch (error) {
    if (!(error instanceof WorkbookUnreadable)) throw error;
    return {
      figures: undefined,
      validPart: undefined,
      issues: [issue("workbook.unreadable", ["workbook"], { file: options.fileName ?? "", detail: error.detail })],
      sheets: [],
    };
  }
}
