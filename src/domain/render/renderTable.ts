import { flatOpcPackage } from "./flatOpc";
import { reportContext, type ReportInput } from "./renderReport";
import { tableControlContent } from "./renderTableBlock";

/**
 * One table of the report as a Flat OPC package holding what its `bc:tbl` control holds — the `w:tbl` with its
 * cell controls and the small paragraph after it — without the control itself: a refresh whose figures change
 * the table's number of rows puts it into the existing control (`insertOoxml(…, "Replace")` on that control).
 *
 * @example
 * tableControl.insertOoxml(renderTable(input, "T1"), "Replace");
 */
export function renderTable(input: ReportInput, tableId: string): string {
  const table = input.template.tables[tableId];
  if (!table) throw new RangeError(`Template ${input.template.id} has no table ${tableId}`);
  return flatOpcPackage(tableControlContent(table, reportContext(input)), { headers: false });
}
