import type { ComputedCell } from "../figures/ComputedTable";
import { computeTable } from "../figures/computeTable";
import { formatCell } from "../figures/formatCell";
import type { Figures } from "../figures/schema";
import { cellTag } from "../tags/tags";
import type { ColumnDef, TableDef } from "../template/types";
import { dataRowCount, holdsFigure, totalHoldsFigure } from "./tableLayout";

/** The texts of one table's cell controls and its number of data rows. */
export type TableTexts = { readonly texts: ReadonlyMap<string, string>; readonly rows: number };

/**
 * What every figure cell of a table shows, as the seed prints it: values from the computed-cells module
 * (`computeTable`, `formatCell`), tags `bc:fig:T2.r1.c4` counting data rows from 1, `rTotal` for the total row
 * (with the total row's own formats). Label cells and group rows hold no figure and have no tag.
 *
 * @example
 * tableTexts(T2, figures).texts.get("bc:fig:T2.r1.c5") // → "96,3 %"
 * tableTexts(T2, figures).texts.get("bc:fig:T2.rTotal.c3") // → "2.555"
 */
export function tableTexts(table: TableDef, figures: Figures): TableTexts {
  const input = figures.tables[table.id]?.rows ?? [];
  const rows = dataRowCount(table, input.length);
  const computed = computeTable(table, input);
  const texts = new Map<string, string>();
  const byColumn = (cells: readonly ComputedCell[]) => new Map(cells.map((c) => [c.column, c]));
  const data = computed.rows.flatMap((r) => (r.kind === "data" ? [byColumn(r.cells)] : []));
  for (let n = 1; n <= rows; n++) {
    const cells = data[n - 1];
    for (const column of table.columns) {
      if (!holdsFigure(column)) continue;
      const cell = cells?.get(column.key);
      texts.set(cellTag(table.id, n, column.key), cell ? formatCell(column, cell) : "");
    }
  }
  const total = computed.rows.find((r) => r.kind === "total");
  if (total && total.kind === "total") {
    const cells = byColumn(total.cells);
    table.columns.forEach((column: ColumnDef, i) => {
      if (!totalHoldsFigure(table, i)) return;
      const cell = cells.get(column.key);
      const format = table.total?.formats?.[column.key] ?? column.format;
      texts.set(cellTag(table.id, "total", column.key), cell ? formatCell(column, cell, format) : "");
    });
  }
  return { texts, rows };
}
