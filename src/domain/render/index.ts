/**
 * src/domain/render — template + figures → what the report shows (`reportContent`) and the WordprocessingML of
 * the whole report (`renderReport`) or of one table (`renderTable`), as Flat OPC for `insertOoxml`.
 */
export { reportContent, MISSING_FIGURE, RENDER_ONLY_FIELDS, RENDER_ONLY_TAGS, type ReportContent, type ReportContentInput } from "./reportContent";
export { renderReport, reportContext, type ReportInput } from "./renderReport";
export { renderTable } from "./renderTable";
export { headerGrid, headerLeaves, type HeaderGrid, type PlacedHeaderCell } from "./headerGrid";
export { escapeXml } from "./xml";
export { reportDataWindow, periodSlotText } from "./periodTexts";
export { bodyRows, type BodyRow } from "./tableLayout";
export { pageNumberHeaderOoxml } from "./flatOpc";
export { tableRowsLayout, type TableRowsLayout, type RowCell } from "./tableRowsLayout";
