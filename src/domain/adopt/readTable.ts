import type { CellValue } from "../figures/schema";
import { issue, type Issue } from "../issues/Issue";
import { columnRoles } from "../paste/columnRole";
import { readPastedCell } from "../paste/readPastedCell";
import { cellTitle } from "../render/controlTitles";
import { headerGrid } from "../render/headerGrid";
import { bodyRows, holdsFigure, totalHoldsFigure } from "../render/tableLayout";
import { cellTag } from "../tags/tags";
import type { AgencyProfile, ColumnKey, Template } from "../template/types";
import type { InlineFound, PlannedCell } from "./AdoptPlan";
import { alignSentence } from "./alignSentence";
import type { TableMatch } from "./findTables";
import { piecesOf } from "./reportPattern";

export type TableReading = {
  readonly cells: readonly PlannedCell[];
  /** Period phrases in header cells ("Năm 2020"). */
  readonly inlines: readonly InlineFound[];
  /** The input values of its data rows, read as the paste reader reads a cell. */
  readonly rows: readonly Readonly<Record<ColumnKey, CellValue>>[];
  /** How many cells the template would give a control, for the rows the document has. */
  readonly expectedCells: number;
  readonly issues: readonly Issue[];
};

/**
 * Reads a recognised table: its header's period phrases, and every body cell that holds a figure, placed by the
 * template's layout (fixed rows in order, a variable table's rows as many as the document has, the total row's
 * label spanning its columns). A row whose cells do not fit the layout is reported and left alone.
 *
 * @example readTable(match, template, agency).cells[0] // → { tag: "bc:fig:T1.r1.c2", row: 2, cell: 1, text: "Cấp giấy phép …", … }
 */
export function readTable(match: TableMatch, template: Template, agency: AgencyProfile): TableReading {
  const { def, table } = match;
  const grid = headerGrid(def.header);
  const bodyStart = grid.rows + (def.numberRow ? 1 : 0);
  const issues: Issue[] = [];
  const inlines: InlineFound[] = [];
  for (const placed of grid.cells) {
    const pieces = piecesOf(placed.cell.label, template, agency);
    if (!pieces.some((p) => p.kind === "slot")) continue;
    const cell = grid.cells.filter(
      (q) => q.row <= placed.row && placed.row < q.row + q.rowSpan && q.column < placed.column,
    ).length;
    const text = table.rows[placed.row]?.[cell] ?? "";
    for (const a of alignSentence(pieces, text)) {
      if (a.strength !== "strong") continue;
      const { slot } = a;
      inlines.push({
        ...spec(slot),
        kind: slot.kind,
        table: table.index,
        row: placed.row,
        cell,
        paragraphText: text,
        start: a.start,
        end: a.end,
        text: a.text,
      });
    }
  }
  const docBody = table.rows.slice(bodyStart);
  const dataRows = def.rows.mode === "fixed" ? 0 : docBody.length - (def.total ? 1 : 0);
  const layout = bodyRows(def, Math.max(0, dataRows));
  const expectedCells = layout.reduce(
    (n, row) =>
      n +
      (row.kind === "data"
        ? def.columns.filter(holdsFigure).length
        : row.kind === "total"
          ? def.columns.filter((_, i) => totalHoldsFigure(def, i)).length
          : 0),
    0,
  );
  if (layout.length !== docBody.length) {
    issues.push(
      issue("adopt.tableRows", ["tables", def.id], { expected: layout.length, actual: docBody.length }),
    );
    return { cells: [], inlines, rows: [], expectedCells, issues };
  }
  const roles = columnRoles(def);
  const cells: PlannedCell[] = [];
  const rows: Record<ColumnKey, CellValue>[] = [];
  layout.forEach((row, i) => {
    const texts = docBody[i] ?? [];
    const rowIndex = bodyStart + i;
    if (row.kind === "group") return;
    const offset = row.kind === "total" ? row.labelSpan - 1 : 0;
    if (texts.length !== def.columns.length - offset) {
      issues.push(
        issue("adopt.tableCells", ["tables", def.id, "rows", rowIndex], {
          expected: def.columns.length - offset,
          actual: texts.length,
        }),
      );
      return;
    }
    const values: Record<ColumnKey, CellValue> = {};
    def.columns.forEach((column, c) => {
      const holds = row.kind === "data" ? holdsFigure(column) : totalHoldsFigure(def, c);
      if (!holds) return;
      const text = texts[c - offset] ?? "";
      const tag = cellTag(def.id, row.kind === "data" ? row.row : "total", column.key);
      if (/[\r\n\v]/.test(text)) {
        issues.push(issue("adopt.cellParagraphs", ["tables", def.id, "rows", rowIndex, column.key]));
        return;
      }
      const locked = column.class === "CALC" || row.kind === "total";
      cells.push({
        tag,
        title: cellTitle(def, column, row.kind === "data" ? row.row : "total"),
        locked,
        table: table.index,
        row: rowIndex,
        cell: c - offset,
        text,
      });
      const role = roles.get(column.key);
      if (row.kind === "data" && role) Object.assign(values, readPastedCell(text, role).values);
    });
    if (row.kind === "data") rows.push(values);
  });
  return { cells, inlines, rows, expectedCells, issues };
}

const spec = (slot: { readonly tag: string; readonly title: string; readonly locked: boolean }) => ({
  tag: slot.tag,
  title: slot.title,
  locked: slot.locked,
});
