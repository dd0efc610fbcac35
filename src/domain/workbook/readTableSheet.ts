import type { CellValue } from "../figures/schema";
import type { Issue, IssueParams } from "../issues/Issue";
import { columnLabelAt } from "../paste/cellIssue";
import type { Grid } from "../paste/Grid";
import { isTotalLine } from "../paste/isTotalLine";
import { locateTable } from "../paste/locateTable";
import { normalizeLabel } from "../paste/normalizeLabel";
import { readLocatedTable } from "../paste/readLocatedTable";
import type { TableLayout } from "../paste/TableLayout";
import type { ColumnKey, Template } from "../template/types";
import { cellKey, type SheetGrid } from "./sheetGrid";
import { atSheetCell, onSheet } from "./sheetIssue";

/** How far down a sheet its header may start (a title, notes and blank rows above it). */
const HEADER_SEARCH = 20;
/**
 * Rows looked at to tell which table a sheet is: the header, and enough body for the row labels that tell
 * apart tables with alike headers (a fixed table has a few dozen rows); a long sheet is not copied whole.
 */
const LOCATE_ROWS = HEADER_SEARCH + 200;

/** A table read from a sheet, with where each row and column was, to place later issues. */
export type SheetTable = {
  readonly sheet: string;
  readonly layout: TableLayout;
  readonly rows: readonly Readonly<Record<ColumnKey, CellValue>>[];
  readonly lines: readonly (number | undefined)[];
  readonly issues: readonly Issue[];
};

/**
 * Finds which table of the template a sheet holds, by its header rows as the paste reader recognises them —
 * wherever the header starts in the sheet's first rows, with extra columns a division inserted let through.
 * Undefined when the sheet holds no table's header; the ambiguity issue when it could be several.
 */
export function locateSheetTable(sheetGrid: Grid, template: Template): { layout?: TableLayout; issues: readonly Issue[] } {
  const grid = sheetGrid.length > LOCATE_ROWS ? sheetGrid.slice(0, LOCATE_ROWS) : sheetGrid;
  let ambiguous: readonly Issue[] = [];
  for (let start = 0; start < Math.min(HEADER_SEARCH, grid.length); start += 1) {
    if ((grid[start] ?? []).every((c) => c.trim() === "")) continue;
    const masked = start === 0 ? grid : [...Array.from({ length: start }, () => [] as string[]), ...grid.slice(start)];
    const found = locateTable(masked, template, undefined, { extraColumns: true });
    if (found.layout) return { layout: found.layout, issues: [] };
    if (found.issues.some((i) => i.code === "paste.ambiguousTable") && ambiguous.length === 0) ambiguous = found.issues;
  }
  return { issues: ambiguous };
}

/** How a clerk finds a line in the table: a fixed row by its label, a variable row by its STT or its place. */
function rowNamer(grid: Grid, layout: TableLayout): (line: number) => IssueParams {
  const labelCols = layout.columns.flatMap((key, col) => {
    const kind = key === undefined ? undefined : layout.roles.get(key)?.kind;
    return kind === "label" || kind === "ordinal" ? [{ col, kind }] : [];
  });
  return (line): IssueParams => {
    if (line < layout.bodyStart) return {};
    const cells = grid[line] ?? [];
    if (isTotalLine(cells, layout.table)) return { row: layout.table.total?.label ?? "Tổng" };
    const label = labelCols
      .filter((l) => l.kind === "label")
      .map((l) => (cells[l.col] ?? "").trim())
      .find((t) => t !== "" && !/^\d+$/.test(normalizeLabel(t)));
    if (label) return { row: label.replace(/\s+/g, " ") };
    const stt = labelCols.map((l) => (cells[l.col] ?? "").trim()).find((t) => /^\d+$/.test(t));
    if (stt) return { row: Number(stt) };
    let n = 0;
    for (let l = layout.bodyStart; l <= line; l += 1) if ((grid[l] ?? []).some((c) => c.trim() !== "")) n += 1;
    return n > 0 ? { row: n } : {};
  };
}

/**
 * Reads a located table from its sheet with the paste reader, every issue moved to its sheet cell with the
 * table's row named; cells that could not be read (a formula without a cached value, an error) are reported
 * where they would have been input.
 */
export function readTableSheet(sheet: string, { grid, problems, formulas }: SheetGrid, layout: TableLayout): SheetTable {
  const named = rowNamer(grid, layout);
  const unreadable: Issue[] = [];
  for (const [key, problem] of problems) {
    const [row = 0, col = 0] = key.split(":").map(Number);
    const column = layout.columns[col];
    const kind = column === undefined ? undefined : layout.roles.get(column)?.kind;
    if (row < layout.bodyStart || kind === undefined || kind === "computed" || kind === "ordinal" || kind === "label") continue;
    if (isTotalLine(grid[row] ?? [], layout.table)) continue;
    const params = { table: layout.table.id, column: columnLabelAt(layout, col), ...named(row) };
    unreadable.push(atSheetCell(sheet, [row, col], problem, params));
  }
  if (unreadable.length === 0 && blankBody(grid, layout)) return { sheet, layout, rows: [], lines: [], issues: [] };
  const body = readLocatedTable(grid, layout);
  const issues = [...body.issues.map((i) => onSheet(i, sheet, named)).map((i) => stale(i, formulas)), ...unreadable];
  return { sheet, layout, rows: body.rows, lines: body.lines, issues: sortByCell(issues) };
}

/**
 * A total or computed cell that disagrees with the input is an error when someone typed it, but only a
 * warning when it is a formula: its value is the one cached when the file was last saved, stale if the file
 * was edited by a program that does not recalculate; the add-in computes it anew in any case.
 */
function stale(found: Issue, formulas: ReadonlySet<string>): Issue {
  const [, , row, col] = found.path;
  const mismatch = found.code === "paste.totalMismatch" || found.code === "paste.computedMismatch";
  if (!mismatch || typeof row !== "number" || typeof col !== "number" || !formulas.has(cellKey(row, col))) return found;
  return { ...found, severity: "warning" };
}

/**
 * Whether a table's sheet was left empty: no input cell under the header holds anything (labels, STT and
 * computed cells do not count). An empty sheet gives no table, whatever its shape.
 */
function blankBody(grid: Grid, layout: TableLayout): boolean {
  const inputCols = layout.columns.flatMap((key, col) => {
    const kind = key === undefined ? undefined : layout.roles.get(key)?.kind;
    return kind === "input" || kind === "composite" || kind === "noted" ? [col] : [];
  });
  for (let line = layout.bodyStart; line < grid.length; line += 1) {
    const cells = grid[line] ?? [];
    if (isTotalLine(cells, layout.table)) continue;
    if (inputCols.some((col) => (cells[col] ?? "").trim() !== "")) return false;
  }
  return true;
}

/** Issues of a sheet in reading order: by row, then column. */
export function sortByCell(issues: readonly Issue[]): Issue[] {
  const at = (i: Issue, k: number) => (typeof i.path[k] === "number" ? (i.path[k] as number) : -1);
  return [...issues].sort((a, b) => at(a, 2) - at(b, 2) || at(a, 3) - at(b, 3));
}

export { cellKey };
