import type { CellValue } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import type { ColumnKey } from "../template/types";
import { agrees, shown } from "./agrees";
import { atCell } from "./cellIssue";
import { evaluateColumn } from "./evaluateColumn";
import { readNumberCell } from "./readNumberCell";
import type { TableLayout } from "./TableLayout";

/**
 * Compares the computed cells pasted along with a row (T2's "Tỷ lệ (%)", T9's sums) with what the add-in
 * computes from the row's input values; a disagreement is a warning at that cell. Computed cells are never
 * read as input, so a cell that cannot be read or compared is left alone.
 *
 * @example checkComputedCells(layout, 2, cells, { c3: 2555, c4: 2460, c6: 95 }) // → [] (96,3 % and 3,7 % agree)
 */
export function checkComputedCells(
  layout: TableLayout,
  line: number,
  cells: readonly string[],
  values: Readonly<Record<ColumnKey, CellValue>>,
): readonly Issue[] {
  const issues: Issue[] = [];
  layout.columns.forEach((key, col) => {
    const role = key === undefined ? undefined : layout.roles.get(key);
    const text = (cells[col] ?? "").trim();
    if (role?.kind !== "computed" || text === "" || key === undefined) return;
    const format = role.column.format;
    const read = readNumberCell(text, format.kind === "percent" ? "percent" : "integer");
    const expected = evaluateColumn(layout.table, key, values);
    if (!("value" in read) || read.value === null || expected === undefined || agrees(read.value, expected)) return;
    const decimals = format.kind === "percent" ? format.decimals : 0;
    issues.push(
      atCell(layout, [line, col], {
        code: "paste.computedMismatch",
        params: { expected: shown(expected, decimals), actual: text },
        severity: "warning",
      }),
    );
  });
  return issues;
}
