import type { CellValue } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import type { ColumnKey } from "../template/types";
import { checkComputedCells } from "./checkComputedCells";
import type { Grid } from "./Grid";
import { isTotalLine } from "./isTotalLine";
import { readRowCells } from "./readRowCells";
import type { TableBody } from "./TableBody";
import type { TableLayout } from "./TableLayout";

/**
 * Reads the body of a table whose rows vary (T1, T2, T9): every filled line is a row, in order; STT is
 * ignored and total lines are set aside for checking.
 *
 * @example readVariableRows(grid, layout).rows // → [{ c2: "Công Thương", c3: 2555, c4: 2460, c6: 95 }]
 */
export function readVariableRows(grid: Grid, layout: TableLayout): TableBody {
  const rows: Record<ColumnKey, CellValue>[] = [];
  const issues: Issue[] = [];
  const totalLines: number[] = [];
  const lines: number[] = [];
  for (let line = layout.bodyStart; line < grid.length; line += 1) {
    const cells = grid[line] ?? [];
    if (cells.every((c) => c.trim() === "")) continue;
    if (isTotalLine(cells, layout.table)) {
      totalLines.push(line);
      continue;
    }
    const read = readRowCells(layout, line, cells);
    if (!read.filled) continue;
    rows.push({ ...read.values });
    lines.push(line);
    issues.push(...read.issues, ...checkComputedCells(layout, line, cells, read.values));
  }
  return { rows, issues, complete: true, totalLines, lines };
}
