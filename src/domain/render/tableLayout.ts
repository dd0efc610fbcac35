import type { ColumnDef, ColumnKey, TableDef } from "../template/types";

/** One row of a table's body as the document prints it. */
export type BodyRow =
  | { readonly kind: "group"; readonly label: string }
  /** `row` counts data rows from 1 (group rows are not counted): the `r1` of `T2.r1.c4`. */
  | { readonly kind: "data"; readonly row: number; readonly labels: Readonly<Record<ColumnKey, string>> }
  | { readonly kind: "total"; readonly label: string; readonly labelSpan: number };

/**
 * The body rows of a table: a fixed table's rows as the template lists them, a variable table's `dataRows`
 * rows numbered in its STT column; then the total row, if the table has one.
 *
 * @example
 * bodyRows(T2, 1) // → [{ kind: "data", row: 1, labels: { c1: "1" } }, { kind: "total", label: "Tổng số", labelSpan: 2 }]
 */
export function bodyRows(table: TableDef, dataRows: number): readonly BodyRow[] {
  const out: BodyRow[] = [];
  if (table.rows.mode === "fixed") {
    let n = 0;
    for (const row of table.rows.rows) {
      if (row.kind === "group") out.push({ kind: "group", label: row.label });
      else out.push({ kind: "data", row: ++n, labels: row.label ?? {} });
    }
  } else {
    const numberColumn = table.rows.numberColumn;
    for (let n = 1; n <= dataRows; n++) {
      out.push({ kind: "data", row: n, labels: numberColumn ? { [numberColumn]: String(n) } : {} });
    }
  }
  if (table.total) out.push({ kind: "total", label: table.total.label, labelSpan: table.total.labelSpan });
  return out;
}

/**
 * Data rows of a table: a fixed table's own count, else the Figures' rows (at least the template's minimum).
 *
 * @example dataRowCount(T1, 7) // → 7; dataRowCount(T6, 0) // → 7 (its fixed rows)
 */
export function dataRowCount(table: TableDef, figureRows: number | undefined): number {
  if (table.rows.mode === "fixed") return table.rows.rows.filter((r) => r.kind === "data").length;
  return Math.max(table.rows.minRows, figureRows ?? 0);
}

/**
 * Whether a data-row cell of this column holds a figure (and so a control): everything but fixed labels.
 *
 * @example holdsFigure(T2.columns[0]) // → false (STT); holdsFigure(T2.columns[3]) // → true
 */
export const holdsFigure = (column: ColumnDef): boolean => column.class !== "LBL";

/**
 * Whether the total row has a figure in this column: after the label, with an aggregation.
 *
 * @example totalHoldsFigure(T9, 2) // → true (c3, a sum); totalHoldsFigure(T9, 12) // → false (c13, "none")
 */
export function totalHoldsFigure(table: TableDef, columnIndex: number): boolean {
  const total = table.total;
  const column = table.columns[columnIndex];
  if (!total || !column || columnIndex < total.labelSpan) return false;
  const aggregation = total.aggregations[column.key];
  return aggregation !== undefined && aggregation !== "none";
}
