export type { CellRange, CellStyle, PlannedCell, PlannedValue, SheetPlan, Validation, WorkbookPlan } from "./WorkbookPlan";
export type { SheetCell, SheetData, SheetValue } from "./SheetData";
export { planWorkbook, type PlanWorkbookInput } from "./planWorkbook";
export { readWorkbook, MAX_SHEET_ROWS, type ReadWorkbookOptions, type SheetRole, type WorkbookRead } from "./readWorkbook";
export { COVER_SHEET, FIELDS_SHEET, tableSheetName } from "./sheetNames";
export { numberText } from "./sheetGrid";
