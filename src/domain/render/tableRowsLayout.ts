import { cellTag } from "../tags/tags";
import { cellTitle } from "./controlTitles";
import { headerGrid } from "./headerGrid";
import type { ReportInput } from "./renderReport";
import { reportContext } from "./renderReport";
import { holdsFigure } from "./tableLayout";

/** One cell of a data row: its text, and the control it holds when it holds a figure. */
export type RowCell = {
  readonly text: string;
  readonly control?: { readonly tag: string; readonly title: string; readonly locked: boolean };
};

/** What the Table API needs to change a table's rows in place: where data rows start, and each row's cells. */
export type TableRowsLayout = {
  /** Rows of the table before its first data row (the header rows). */
  readonly headerRows: number;
  /** The cells of data row `row` (1-based), in column order. */
  readonly dataRow: (row: number) => readonly RowCell[];
};

/**
 * The rows of a variable table as the report should show them, for changing the number of rows through the Table
 * API (add or delete rows, then write cells) instead of replacing the table.
 *
 * @example tableRowsLayout(input, "T2").dataRow(2)[0] // → { text: "2" } (STT); [3] → { text: "…", control: { tag: "bc:fig:T2.r2.c4", … } }
 */
export function tableRowsLayout(input: ReportInput, tableId: string): TableRowsLayout {
  const table = input.template.tables[tableId];
  if (!table) throw new RangeError(`Template ${input.template.id} has no table ${tableId}`);
  const { texts } = reportContext(input);
  const numberColumn = table.rows.mode === "variable" ? table.rows.numberColumn : undefined;
  return {
    headerRows: headerGrid(table.header).rows,
    dataRow: (row) =>
      table.columns.map((column): RowCell => {
        if (!holdsFigure(column)) return { text: column.key === numberColumn ? String(row) : "" };
        const tag = cellTag(table.id, row, column.key);
        return { text: texts.get(tag) ?? "", control: { tag, title: cellTitle(table, column, row), locked: column.class === "CALC" } };
      }),
  };
}
