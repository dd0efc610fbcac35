import { pageNumberHeaderOoxml, renderReport, renderTable, reportContent, tableRowsLayout } from "../../domain/render";
import type { ReportRenderer } from "./ReportRenderer";

/** The renderer of `src/domain/render`, as the operations take it. */
export const shippedRenderer: ReportRenderer = {
  content: (input) => reportContent(input),
  report: (input) => renderReport(input),
  table: (input, tableId) => renderTable(input, tableId),
  pageHeader: () => pageNumberHeaderOoxml(),
  tableRows: (input, tableId) => tableRowsLayout(input, tableId),
};
