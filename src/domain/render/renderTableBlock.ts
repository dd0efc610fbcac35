import { tableTag } from "../tags/tags";
import type { TableDef } from "../template/types";
import { blockControl } from "./contentControl";
import { tableTitle } from "./controlTitles";
import { paragraphXml } from "./paragraphXml";
import type { RenderContext } from "./RenderContext";
import { renderTableXml } from "./renderTableXml";
import { STYLE } from "./styleIds";

/**
 * What a table control holds: the table, then a small empty paragraph. The paragraph is there for three reasons:
 * Word joins two tables that touch; the text after a table needs a paragraph to start from; and a control
 * holding nothing but a table is a "rich text table" control, on which Word refuses `insertOoxml(…, "Replace")`
 * — which is how a refresh rebuilds a table whose rows changed in number.
 *
 * @example
 * tableControlContent(template.tables.T2!, context) // → '<w:tbl>…</w:tbl><w:p>…</w:p>'
 */
export function tableControlContent(table: TableDef, context: RenderContext): string {
  return renderTableXml(table, context) + paragraphXml("", { style: STYLE.body, before: 0, after: 0, mark: { size: 6 } });
}

/**
 * A table of the report inside its block control `bc:tbl:<id>`.
 *
 * @example
 * renderTableBlock("T2", context) // → '<w:sdt>…<w:tag w:val="bc:tbl:T2"/>…<w:sdtContent><w:tbl>…</w:tbl><w:p>…</w:p></w:sdtContent></w:sdt>'
 */
export function renderTableBlock(tableId: string, context: RenderContext): string {
  const table = context.template.tables[tableId];
  if (!table) throw new Error(`The template places table ${tableId} but does not define it`);
  return blockControl({ tag: tableTag(table.id), title: tableTitle(table) }, tableControlContent(table, context), context.ids);
}
