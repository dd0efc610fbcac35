import { tableTag } from "../tags/tags";
import { blockControl } from "./contentControl";
import { paragraphXml } from "./paragraphXml";
import type { RenderContext } from "./RenderContext";
import { renderTableXml } from "./renderTableXml";
import { STYLE } from "./styleIds";

/**
 * A table of the report inside its block control `bc:tbl:<id>`, followed by a small empty paragraph: Word joins
 * two tables that touch, and the text after a table needs its own paragraph to start from.
 *
 * @example
 * renderTableBlock("T2", context) // → '<w:sdt>…<w:tag w:val="bc:tbl:T2"/>…<w:tbl>…</w:tbl></w:sdtContent></w:sdt><w:p>…</w:p>'
 */
export function renderTableBlock(tableId: string, context: RenderContext): string {
  const table = context.template.tables[tableId];
  if (!table) throw new Error(`The template places table ${tableId} but does not define it`);
  const control = blockControl({ tag: tableTag(table.id), title: `Bảng ${table.id}: ${table.title.vi}` }, renderTableXml(table, context), context.ids);
  return control + paragraphXml("", { style: STYLE.body, before: 0, after: 0, mark: { size: 6 } });
}
