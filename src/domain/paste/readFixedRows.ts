import type { CellValue } from "../figures/schema";
import { issue, type Issue } from "../issues/Issue";
import type { ColumnKey } from "../template/types";
import { atCell } from "./cellIssue";
import { checkComputedCells } from "./checkComputedCells";
import { fixedRowIndex, type FixedRow, type FixedRowIndex } from "./fixedRowIndex";
import type { Grid } from "./Grid";
import { isTotalLine } from "./isTotalLine";
import { normalizeLabel } from "./normalizeLabel";
import { readRowCells } from "./readRowCells";
import { cellText } from "./readTextCell";
import type { TableBody } from "./TableBody";
import type { TableLayout } from "./TableLayout";

type Line = { readonly line: number; readonly cells: readonly string[] };

/** The pasted columns that hold row labels, and the label a line gives there (words, not a row number). */
const labelColumns = (layout: TableLayout) =>
  layout.columns.flatMap((key, col) => (key !== undefined && layout.roles.get(key)?.kind === "label" ? [col] : []));

function labelOf(cells: readonly string[], columns: readonly number[]): { text: string; col: number } {
  for (const col of columns) {
    const text = (cells[col] ?? "").trim();
    if (text !== "" && !/^\d+$/.test(normalizeLabel(text))) return { text, col };
  }
  return { text: "", col: columns[0] ?? 0 };
}

/**
 * Reads the body of a table with fixed rows (T3–T8, T10, T11): each line is matched to a row by its label,
 * without regard to case or diacritics; group lines set the group in which a repeated label is looked for
 * (T7's "Thạc sỹ trở lên" under "1." and under "2."). An unknown label, a label still ambiguous and a row pasted
 * twice are issues. Rows come back in the template's order, those not pasted as `{}`. Without a label column,
 * lines are taken in the table's order when their number fits.
 *
 * @example readFixedRows(grid, layout).rows[1] // → { c2: 0, c3: 2, c4: null, c5: null, c6: null } (T6 "Bổ nhiệm lại")
 */
export function readFixedRows(grid: Grid, layout: TableLayout): TableBody {
  const index = fixedRowIndex(layout.table);
  const rows: Record<ColumnKey, CellValue>[] = index.rows.map(() => ({}));
  const issues: Issue[] = [];
  const totalLines: number[] = [];
  const lines: Line[] = [];
  for (let line = layout.bodyStart; line < grid.length; line += 1) {
    const cells = grid[line] ?? [];
    if (cells.every((c) => c.trim() === "")) continue;
    if (isTotalLine(cells, layout.table)) totalLines.push(line);
    else lines.push({ line, cells });
  }
  const columns = labelColumns(layout);
  const context: Context = { index, layout, issues };
  const targets = columns.length > 0 ? byLabel(lines, columns, context) : byOrder(lines, context);
  const used = new Set<number>();
  const rowLines: (number | undefined)[] = index.rows.map(() => undefined);
  for (const { line, cells, row } of targets) {
    const read = readRowCells(layout, line, cells);
    used.add(row);
    rowLines[row] = line;
    rows[row] = { ...read.values };
    issues.push(...read.issues, ...checkComputedCells(layout, line, cells, read.values));
  }
  return { rows, issues, complete: used.size === index.rows.length, totalLines, lines: rowLines };
}

type Target = Line & { readonly row: number };
/** What matching needs to know, and where it puts its issues. */
type Context = { readonly index: FixedRowIndex; readonly layout: TableLayout; readonly issues: Issue[] };

function byLabel(lines: readonly Line[], columns: readonly number[], { index, layout, issues }: Context): Target[] {
  const out: Target[] = [];
  const used = new Set<number>();
  let group = -1;
  for (const { line, cells } of lines) {
    const { text: raw, col } = labelOf(cells, columns);
    const text = cellText(raw);
    const key = normalizeLabel(text);
    const asGroup = index.groups.indexOf(key);
    if (asGroup >= 0 && !index.rows.some((r) => r.labels.has(key))) {
      group = asGroup;
      continue;
    }
    const found = index.rows.filter((r) => r.labels.has(key));
    if (found.length === 0) {
      issues.push(atCell(layout, [line, col], { code: "paste.unknownRow", params: { label: text } }));
      continue;
    }
    const free = found.filter((r) => !used.has(r.index));
    const inGroup = free.filter((r) => r.group === group);
    const pool: readonly FixedRow[] = inGroup.length > 0 ? inGroup : free;
    const [only] = pool;
    if (!only) issues.push(atCell(layout, [line, col], { code: "paste.duplicateRow", params: { label: text } }));
    else if (pool.length > 1) {
      const candidates = pool.map((r) => `${r.index + 1}`).join(", ");
      issues.push(atCell(layout, [line, col], { code: "paste.ambiguousRow", params: { label: text, candidates } }));
    } else {
      used.add(only.index);
      out.push({ line, cells, row: only.index });
    }
  }
  return out;
}

function byOrder(lines: readonly Line[], { index, layout, issues }: Context): Target[] {
  const withGroups = index.rows.length + index.groups.length;
  if (lines.length === index.rows.length) return lines.map((l, i) => ({ ...l, row: i }));
  if (lines.length === withGroups && layout.table.rows.mode === "fixed") {
    const kinds = layout.table.rows.rows.map((r) => r.kind);
    let data = 0;
    return lines.flatMap((l, i) => (kinds[i] === "data" ? [{ ...l, row: data++ }] : []));
  }
  const at = lines[0]?.line ?? layout.bodyStart;
  issues.push(issue("paste.rowCount", ["paste", at], { table: layout.table.id, expected: index.rows.length, actual: lines.length }));
  return [];
}
