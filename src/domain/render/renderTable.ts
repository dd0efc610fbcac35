import { flatOpcPackage } from "./flatOpc";
import { renderTableXml } from "./renderTableXml";
import { reportContext, type ReportInput } from "./renderReport";

/**
 * One table of the report as a Flat OPC package holding just the `w:tbl` with its cell controls, without the
 * `bc:tbl` control around it: a refresh whose figures change the table's number of rows puts it into the
 * existing table control (`insertOoxml(…, "Replace")` on that control).
 *
 * @example
 * tableControl.insertOoxml(renderTable(input, "T1"), "Replace");
 */
export function renderTable(input: ReportInput, tableId: string): string {
  const table = input.template.tables[tableId];
  if (!table) throw new RangeError(`Template ${input.template.id} has no table ${tableId}`);
  return flatOpcPackage(renderTableXml(table, reportContext(input)), { headers: false });
}
