import type ExcelJS from "exceljs";

let loaded: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded on first use: in the task pane it is a chunk of its own, fetched only when the clerk exports
 * or imports a workbook, so it does not weigh on the pane's first load.
 */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  loaded ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then((m) => ((m as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS)));
  return loaded;
}
