import { issue, type Issue, type IssueParams, type Severity } from "../issues/Issue";
import type { CellProblem } from "./CellProblem";
import type { TableLayout } from "./TableLayout";

/** The label of the template column a pasted column stands for, for messages. @example columnLabelAt(layout, 4) // → "Tỷ lệ (%)" */
export const columnLabelAt = (layout: TableLayout, col: number): string => {
  const key = layout.columns[col];
  return layout.table.columns.find((c) => c.key === key)?.label.vi ?? "";
};

/**
 * An issue at a pasted cell: the path is the cell in the paste's own coordinates (line and column from 0),
 * the params name the table and its column.
 *
 * @example cellIssue(layout, [3, 4], { code: "paste.badNumber", params: { value: "abc" } })
 * // → { code: "paste.badNumber", path: ["paste", 3, 4], params: { table: "T2", column: "Tỷ lệ (%)", value: "abc" } }
 */
export function cellIssue(layout: TableLayout, at: readonly [number, number], found: CellProblem): Issue {
  return atCell(layout, at, { code: found.code, params: found.params, severity: found.severity });
}

/**
 * The same, for a problem made by the caller (checks of totals and computed cells).
 *
 * @example atCell(layout, [3, 2], { code: "paste.totalMismatch", params: { expected: 2555, actual: "2.556" } })
 */
export function atCell(
  layout: TableLayout,
  [line, col]: readonly [number, number],
  found: { readonly code: CellProblem["code"]; readonly params: IssueParams; readonly severity?: Severity | undefined },
): Issue {
  const params = { table: layout.table.id, column: columnLabelAt(layout, col), ...found.params };
  return issue(found.code, ["paste", line, col], params, found.severity);
}
