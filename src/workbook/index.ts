export { exportWorkbook, importWorkbook, type ExportWorkbookInput, type ImportWorkbookOptions } from "./workbookIo";
export { MAX_WORKBOOK_BYTES, WorkbookUnreadable } from "./readXlsx";
