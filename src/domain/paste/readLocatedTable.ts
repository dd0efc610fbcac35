import type { CellValue } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import type { ColumnKey } from "../template/types";
import { checkTotalLine } from "./checkTotalLine";
import type { Grid } from "./Grid";
import { readFixedRows } from "./readFixedRows";
import { readVariableRows } from "./readVariableRows";
import { sortIssues } from "./sortIssues";
import type { TableLayout } from "./TableLayout";
import { unnamedColumns } from "./unnamedColumns";

/** The rows of a located table and every issue of its body, in reading order. */
export type LocatedTableBody = {
  readonly rows: readonly Readonly<Record<ColumnKey, CellValue>>[];
  readonly issues: readonly Issue[];
  /** The line each row was read from (undefined: a fixed row not there). */
  readonly lines: readonly (number | undefined)[];
  readonly totalLines: readonly number[];
};

/**
 * Reads the body under a located header: fixed rows by label, variable rows in order, data in unnamed columns
 * warned of, pasted total rows checked when every row is there. Shared by the paste reader and the workbook
 * reader, so that a cell reads the same whichever way it came.
 *
 * @example readLocatedTable(grid, locateTable(grid, template).layout!).rows // → [{ c2: "Công Thương", c4: 2460, c6: 95 }]
 */
export function readLocatedTable(grid: Grid, layout: TableLayout): LocatedTableBody {
  const body = layout.table.rows.mode === "fixed" ? readFixedRows(grid, layout) : readVariableRows(grid, layout);
  const issues: Issue[] = [...body.issues, ...unnamedColumns(grid, layout, body.totalLines)];
  if (body.complete) {
    for (const line of body.totalLines) issues.push(...checkTotalLine(layout, line, grid[line] ?? [], body.rows));
  }
  return { rows: body.rows, issues: sortIssues(issues), lines: body.lines, totalLines: body.totalLines };
}
