import type { Issue } from "../issues/Issue";
import { atCell } from "./cellIssue";
import type { Grid } from "./Grid";
import type { TableLayout } from "./TableLayout";

/**
 * Warns of pasted data in columns the header does not name (or names twice): that data is not read, and the
 * clerk should know. Total lines are not looked at.
 *
 * @example unnamedColumns(grid, layout, [3]) // → [{ code: "paste.unknownColumn", path: ["paste", 2, 7], … }]
 */
export function unnamedColumns(grid: Grid, layout: TableLayout, skip: readonly number[]): readonly Issue[] {
  const issues: Issue[] = [];
  const skipped = new Set(skip);
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  for (let col = 0; col < width; col += 1) {
    if (layout.columns[col] !== undefined) continue;
    for (let line = layout.bodyStart; line < grid.length; line += 1) {
      const text = (grid[line]?.[col] ?? "").trim();
      if (text === "" || skipped.has(line)) continue;
      issues.push(atCell(layout, [line, col], { code: "paste.unknownColumn", params: { value: text }, severity: "warning" }));
      break;
    }
  }
  return issues;
}
