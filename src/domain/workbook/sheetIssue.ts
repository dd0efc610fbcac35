import { issue, type Issue, type IssueParams } from "../issues/Issue";
import type { CellProblem } from "../paste/CellProblem";

/**
 * An issue found by the paste reader in a sheet's grid, moved to the sheet: `["paste", line, col]` becomes
 * `["workbook", sheet, line, col]` (rows and columns from 0, shown as an A1 address), with `extra` params
 * (the table's row) added.
 */
export function onSheet(found: Issue, sheet: string, extra: (line: number) => IssueParams = () => ({})): Issue {
  const [, line, col] = found.path;
  const path = [
    "workbook",
    sheet,
    ...(typeof line === "number" ? [line] : []),
    ...(typeof line === "number" && typeof col === "number" ? [col] : []),
  ];
  const params = { ...(found.params ?? {}), ...(typeof line === "number" ? extra(line) : {}) };
  return issue(found.code, path, params, found.severity);
}

/** A problem of one cell of a sheet as an issue there. */
export const atSheetCell = (sheet: string, [row, col]: readonly [number, number], found: CellProblem, params: IssueParams = {}): Issue =>
  issue(found.code, ["workbook", sheet, row, col], { ...found.params, ...params }, found.severity);
