import type { ColumnDef, TableDef } from "../template/types";
import { cellTag, periodTag } from "../tags/tags";
import { columnWidths } from "./columnWidths";
import { fitColumnWidths } from "./fitColumnWidths";
import { headerLeaves } from "./headerGrid";
import { TEXT_WIDTH } from "./pageLayout";
import type { RenderContext } from "./RenderContext";
import { renderTableBody } from "./renderTableBody";
import { renderTableHeader } from "./renderTableHeader";
import type { RunStyle } from "./runXml";
import { bodyRows } from "./tableLayout";
import { longestWordWidth } from "./textWidth";

/** Tables of many columns print in 12 pt so that their numbers fit; the others in the cell style's 13 pt. */
const WIDE_TABLE_COLUMNS = 9;

/** Relative widths when the template gives none: STT narrow, labels wide, numbers in between. */
function defaultWeight(column: ColumnDef): number {
  if (column.label.vi === "STT") return 1;
  if (column.class === "LBL" || column.format.kind === "text") return 5;
  return 2;
}

/** Left plus right cell margin of a data table, and a little room for rounding. */
const CELL_MARGINS = 2 * 57 + 10;

/** The narrowest each column may be so that no word of its leaf header or its cells breaks. */
function minimumWidths(table: TableDef, context: RenderContext, size: number): number[] {
  const leaves = new Map(headerLeaves(table.header).map((leaf) => [leaf.column, leaf]));
  const rows = bodyRows(table, context.rows.get(table.id) ?? 0);
  return table.columns.map((column) => {
    const header = (leaves.get(column.key)?.label ?? [])
      .map((i) => (i.kind === "text" ? i.text : i.kind === "per" ? (context.texts.get(periodTag(i.slot)) ?? "") : ""))
      .join("");
    const cells = rows.map((row) =>
      row.kind === "data" ? (row.labels[column.key] ?? context.texts.get(cellTag(table.id, row.row, column.key)) ?? "") : "",
    );
    const total = context.texts.get(cellTag(table.id, "total", column.key)) ?? "";
    const widest = Math.max(
      longestWordWidth(header, size, true),
      longestWordWidth(total, size, true),
      ...cells.map((text) => longestWordWidth(text, size, false)),
    );
    return widest + CELL_MARGINS;
  });
}

const SINGLE = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/**
 * `w:tblPr` of a bordered data table: full text width, fixed layout, single borders, narrow cell margins.
 *
 * @example dataTableProperties(9355) // → '<w:tblPr><w:tblW w:w="9355" w:type="dxa"/>…</w:tblPr>'
 */
export function dataTableProperties(width: number): string {
  return (
    `<w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders><w:top ${SINGLE}/><w:left ${SINGLE}/><w:bottom ${SINGLE}/><w:right ${SINGLE}/>` +
    `<w:insideH ${SINGLE}/><w:insideV ${SINGLE}/></w:tblBorders><w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
  );
}

/**
 * One table of the report as a `w:tbl`: merged multi-level header from the template's header tree (repeated on
 * every page), body cells as controls. No block control around it: `renderTableBlock` adds that, and a refresh
 * that rebuilds the table puts this inside the existing control.
 *
 * @example
 * renderTableXml(template.tables.T2!, context) // → '<w:tbl><w:tblPr>…</w:tblPr><w:tblGrid>…</w:tblGrid><w:tr>…</w:tbl>'
 */
export function renderTableXml(table: TableDef, context: RenderContext): string {
  const weights =
    table.widths && table.widths.length === table.columns.length ? table.widths : table.columns.map(defaultWeight);
  const textStyle: RunStyle = table.columns.length >= WIDE_TABLE_COLUMNS ? { size: 12 } : {};
  const widths = fitColumnWidths(columnWidths(weights, TEXT_WIDTH), minimumWidths(table, context, textStyle.size ?? 13));
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  return (
    `<w:tbl>${dataTableProperties(TEXT_WIDTH)}${grid}` +
    renderTableHeader({ table, widths, context, textStyle }) +
    renderTableBody({ table, widths, context, textStyle }) +
    "</w:tbl>"
  );
}
