import type { Issue } from "../../domain/issues";
import type { Grid } from "../../domain/paste/Grid";
import type { PreviewCell, TablePreview } from "./DataSource.types";

/** The pasted grid, each cell with the problems found at it (`["paste", line, column]`). */
export function cellsWithProblems(
  grid: Grid,
  issues: readonly Issue[],
  words: (issue: Issue) => string,
): readonly (readonly PreviewCell[])[] {
  const at = new Map<string, string[]>();
  for (const issue of issues) {
    const [head, line, col] = issue.path;
    if (head !== "paste" || typeof line !== "number") continue;
    const key = `${line}:${typeof col === "number" ? col : 0}`;
    at.set(key, [...(at.get(key) ?? []), words(issue)]);
  }
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return grid.map((row, line) =>
    Array.from({ length: width }, (_, col) => ({
      text: row[col] ?? "",
      problems: at.get(`${line}:${col}`) ?? [],
    })),
  );
}

/** A paste that is no known table yet: its cells, to look at while choosing the table. */
export function gridOnly(grid: Grid): TablePreview {
  return {
    kind: "table",
    tableId: undefined,
    tableTitle: undefined,
    headerRows: 0,
    rows: cellsWithProblems(grid, [], () => ""),
    mapping: [],
  };
}
