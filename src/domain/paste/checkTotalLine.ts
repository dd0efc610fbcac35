import type { CellValue } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import type { Aggregation, ColumnKey, TableDef } from "../template/types";
import { agrees, shown } from "./agrees";
import { atCell } from "./cellIssue";
import type { ColumnRole } from "./columnRole";
import { evaluateColumn } from "./evaluateColumn";
import { normalizeLabel } from "./normalizeLabel";
import { readNumberCell } from "./readNumberCell";
import type { TableLayout } from "./TableLayout";

type Row = Readonly<Record<ColumnKey, CellValue>>;

/** The template's aggregation for a total cell, or the natural one where the table prints no total row. */
function aggregationOf(table: TableDef, key: ColumnKey, role: ColumnRole): Aggregation {
  const declared = table.total?.aggregations[key];
  if (declared !== undefined) return declared;
  if (role.kind === "computed") return role.column.formula?.op === "pct" ? "recompute" : role.column.formula ? "sum" : "none";
  if (role.kind === "input") return role.input.kind === "integer" ? "sum" : "none";
  return role.kind === "composite" || role.kind === "noted" ? "sum" : "none";
}

/** The input numbers of all rows added up, as one row: what "recompute" computes its percentages from. */
function summedRow(rows: readonly Row[]): Row {
  const out: Record<ColumnKey, CellValue> = {};
  for (const row of rows) {
    for (const [key, v] of Object.entries(row)) {
      if (typeof v === "number") out[key] = (typeof out[key] === "number" ? out[key] : 0) + v;
    }
  }
  return out;
}

function expectedTotal(table: TableDef, key: ColumnKey, agg: Aggregation, rows: readonly Row[]): number | undefined {
  const filled = rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined && v !== "");
  // A cell that could not be read leaves counts of that column unknown.
  const unread = rows.some((r) => !(key in r));
  switch (agg) {
    case "rowCount":
      return rows.length;
    case "countNonEmpty":
      return unread ? undefined : filled.length;
    case "countDistinct":
      return unread ? undefined : new Set(filled.map((v) => normalizeLabel(String(v)))).size;
    case "recompute": {
      const sums = summedRow(rows);
      const ragged = rows.some((r) => Object.keys(sums).some((k) => !(k in r)));
      return ragged ? undefined : evaluateColumn(table, key, sums);
    }
    case "sum": {
      // An empty cell adds nothing; a cell that could not be read (or was not pasted) leaves the sum unknown.
      let total = 0;
      for (const row of rows) {
        const v = evaluateColumn(table, key, row);
        if (v !== undefined) total += v;
        else if (row[key] !== null) return undefined;
      }
      return total;
    }
    case "none":
      return undefined;
  }
}

/**
 * Checks a pasted total row against the pasted data rows: each number must be what the template's aggregation
 * gives (sums, counts, percentages recomputed from the sums). The total row itself is never input; a
 * disagreement means a data row is likely wrong, so it is an error at the total's cell.
 *
 * @example checkTotalLine(layout, 3, ["", "Tổng số", "2.555", "2.460", "96,3 %", "95", "3,7 %"], rows) // → []
 */
export function checkTotalLine(layout: TableLayout, line: number, cells: readonly string[], rows: readonly Row[]): readonly Issue[] {
  const issues: Issue[] = [];
  layout.columns.forEach((key, col) => {
    const role = key === undefined ? undefined : layout.roles.get(key);
    const text = (cells[col] ?? "").trim();
    if (!role || key === undefined || text === "" || role.kind === "label" || role.kind === "ordinal") return;
    const agg = aggregationOf(layout.table, key, role);
    const expected = expectedTotal(layout.table, key, agg, rows);
    if (expected === undefined) return;
    const format = role.column.format;
    const percent = format.kind === "percent" && (agg === "recompute" || agg === "sum");
    const read = readNumberCell(text, percent ? "percent" : "integer");
    if ("problem" in read) {
      issues.push(atCell(layout, [line, col], { ...read.problem, severity: "warning" }));
      return;
    }
    if (read.value === null || agrees(read.value, expected)) return;
    const decimals = percent && format.kind === "percent" ? format.decimals : 0;
    issues.push(atCell(layout, [line, col], { code: "paste.totalMismatch", params: { expected: shown(expected, decimals), actual: text } }));
  });
  return issues;
}
