import { cellTag } from "../tags/tags";
import type { ColumnDef, TableDef } from "../template/types";
import { inlineControl } from "./contentControl";
import { cellTitle } from "./controlTitles";
import type { Alignment } from "./paragraphXml";
import { runXml, type RunStyle } from "./runXml";
import { tableCellXml, tableRowXml } from "./tableCellXml";
import type { TableRender } from "./TableRender";
import { bodyRows, holdsFigure, totalHoldsFigure, type BodyRow } from "./tableLayout";

const isNumberColumn = (table: TableDef, column: ColumnDef): boolean =>
  (table.rows.mode === "variable" && table.rows.numberColumn === column.key) || column.label.vi === "STT";

/** Numbers right; the STT column, enumerated values and numbers followed by words in brackets centred; text left. */
function alignmentOf(table: TableDef, column: ColumnDef): Alignment {
  if (isNumberColumn(table, column) || (column.parts && column.parts.length > 0) || column.noteKey) return "center";
  switch (column.format.kind) {
    case "integer":
    case "percent":
      return "right";
    case "enum":
      return "center";
    case "text":
      return "left";
  }
}



function figureCell(input: TableRender, cell: { readonly index: number; readonly row: number | "total"; readonly style: RunStyle }): string {
  const { index, row, style } = cell;
  const { table, widths, context } = input;
  const column = table.columns[index] as ColumnDef;
  const tag = cellTag(table.id, row, column.key);
  const locked = column.class === "CALC" || row === "total";
  const control = inlineControl({ tag, title: cellTitle(table, column, row), locked }, context.texts.get(tag) ?? "", {
    ids: context.ids,
    style,
  });
  // A total under a text column is a count (T1's "05"): centred under the texts rather than left.
  const align = row === "total" && (column.format.kind === "text" || column.format.kind === "enum") ? "center" : alignmentOf(table, column);
  return tableCellXml(control, { width: widths[index] ?? 0, align, vAlign: "center", mark: style });
}

function rowXml(input: TableRender, row: BodyRow): string {
  const { table, widths, textStyle } = input;
  const total = widths.reduce((a, b) => a + b, 0);
  if (row.kind === "group") {
    const bold = { ...textStyle, bold: true };
    return tableRowXml(tableCellXml(runXml(row.label, bold), { width: total, gridSpan: widths.length, align: "left", mark: bold }), "body");
  }
  if (row.kind === "data") {
    const cells = table.columns.map((column, i) => {
      if (holdsFigure(column)) return figureCell(input, { index: i, row: row.row, style: textStyle });
      const text = row.labels[column.key] ?? "";
      return tableCellXml(runXml(text, textStyle), { width: widths[i] ?? 0, align: alignmentOf(table, column), vAlign: "center", mark: textStyle });
    });
    return tableRowXml(cells.join(""), "body");
  }
  const bold = { ...textStyle, bold: true };
  const span = Math.max(1, Math.min(row.labelSpan, widths.length));
  const labelWidth = widths.slice(0, span).reduce((a, b) => a + b, 0);
  const cells = [tableCellXml(runXml(row.label, bold), { width: labelWidth, gridSpan: span, align: "center", vAlign: "center", mark: bold })];
  for (let i = span; i < table.columns.length; i++) {
    cells.push(
      totalHoldsFigure(table, i)
        ? figureCell(input, { index: i, row: "total", style: bold })
        : tableCellXml("", { width: widths[i] ?? 0, align: "center", mark: bold }),
    );
  }
  return tableRowXml(cells.join(""), "body");
}

/**
 * The body rows of a table: group rows as one bold cell over the whole width, data rows with a control for every
 * cell that holds a figure (`bc:fig:T2.r1.c4`; computed cells locked), and the bold total row (`rTotal`, locked).
 *
 * @example
 * renderTableBody({ table: T2, widths, context, textStyle: {} }) // → data row 1 and the "Tổng số" row, 9 cell controls
 */
export function renderTableBody(input: TableRender): string {
  return bodyRows(input.table, input.context.rows.get(input.table.id) ?? 0)
    .map((row) => rowXml(input, row))
    .join("");
}
