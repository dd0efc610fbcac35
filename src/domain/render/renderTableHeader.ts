import { headerGrid } from "./headerGrid";
import { renderInline } from "./renderInline";
import { runXml } from "./runXml";
import { tableCellXml, tableRowXml } from "./tableCellXml";
import type { TableRender } from "./TableRender";

const spanWidth = (widths: readonly number[], from: number, span: number): number =>
  widths.slice(from, from + span).reduce((a, b) => a + b, 0);

/**
 * The header rows of a table from its header tree: a group spans its leaves (`w:gridSpan`), a leaf beside a
 * deeper group reaches down to the last header row (`w:vMerge`); all rows repeat on every page (`w:tblHeader`).
 * T9's printed column numbers "1 … 13" follow as one more header row.
 *
 * @example
 * renderTableHeader({ table: T2, widths: [468, …], context, textStyle: {} }) // → two `w:tr`, "STT" restarting a vertical merge in the first
 */
export function renderTableHeader({ table, widths, context, textStyle }: TableRender): string {
  const grid = headerGrid(table.header);
  const rows: string[] = [];
  for (let r = 0; r < grid.rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < grid.columns; ) {
      const start = grid.cells.find((p) => p.row === r && p.column === c);
      const above = start ?? grid.cells.find((p) => p.column === c && p.row < r && p.row + p.rowSpan > r);
      if (!above) {
        // A malformed tree (should not happen: every grid column has a leaf); keep the grid whole.
        cells.push(tableCellXml("", { width: widths[c] ?? 0, align: "center", mark: textStyle }));
        c++;
        continue;
      }
      const width = spanWidth(widths, c, above.colSpan);
      const vMerge = above.rowSpan > 1 ? (start ? "restart" : "continue") : undefined;
      const runs = start ? renderInline(above.cell.label, context, { ...textStyle, bold: true }) : "";
      cells.push(
        tableCellXml(runs, {
          width,
          gridSpan: above.colSpan,
          ...(vMerge ? { vMerge } : {}),
          align: "center",
          vAlign: "center",
          mark: { ...textStyle, bold: true },
        }),
      );
      c += above.colSpan;
    }
    rows.push(tableRowXml(cells.join(""), "header"));
  }
  if (table.numberRow) {
    const numbers = widths.map((width, i) =>
      tableCellXml(runXml(String(i + 1), { ...textStyle, italic: true }), { width, align: "center", vAlign: "center", mark: textStyle }),
    );
    rows.push(tableRowXml(numbers.join(""), "header"));
  }
  return rows.join("");
}
