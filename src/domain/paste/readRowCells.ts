import type { CellValue } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import type { ColumnKey } from "../template/types";
import { cellIssue } from "./cellIssue";
import { readPastedCell } from "./readPastedCell";
import type { TableLayout } from "./TableLayout";

/** One pasted line read as a table row. */
export type RowCells = {
  /** The input values the line gives, by input key. */
  readonly values: Readonly<Record<ColumnKey, CellValue>>;
  readonly issues: readonly Issue[];
  /** Whether any input cell held something: a line of only STT or labels gives nothing. */
  readonly filled: boolean;
};

/**
 * Reads the input cells of one pasted line through the layout; every bad cell is an issue at its place.
 *
 * @example readRowCells(layout, 2, ["1", "Công Thương", "2.555", "2.460", "96,3 %", "95", "3,7 %"]).values
 * // → { c2: "Công Thương", c3: 2555, c4: 2460, c6: 95 }
 */
export function readRowCells(layout: TableLayout, line: number, cells: readonly string[]): RowCells {
  const values: Record<ColumnKey, CellValue> = {};
  const issues: Issue[] = [];
  let filled = false;
  layout.columns.forEach((key, col) => {
    const role = key === undefined ? undefined : layout.roles.get(key);
    if (!role) return;
    const text = cells[col] ?? "";
    const read = readPastedCell(text, role);
    Object.assign(values, read.values);
    for (const p of read.problems) issues.push(cellIssue(layout, [line, col], p));
    if (Object.keys(read.values).length > 0 && text.trim() !== "") filled = true;
    if (read.problems.length > 0) filled = true;
  });
  return { values, issues, filled };
}
