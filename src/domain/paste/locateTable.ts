import { issue, type Issue } from "../issues/Issue";
import type { TableDef, TableId, Template } from "../template/types";
import { columnRoles } from "./columnRole";
import type { Grid } from "./Grid";
import { headerModel } from "./headerModel";
import { matchHeader, type HeaderMatch, type HeaderOptions } from "./matchHeader";
import { normalizeLabel } from "./normalizeLabel";
import { positionalColumns } from "./positionalColumns";
import type { TableLayout } from "./TableLayout";

type Located = { readonly layout: TableLayout | undefined; readonly issues: readonly Issue[] };
type Candidate = { readonly table: TableDef; readonly match: HeaderMatch };

const firstFilledRow = (grid: Grid) => Math.max(0, grid.findIndex((row) => row.some((c) => c.trim() !== "")));

const byHeader = (table: TableDef, match: HeaderMatch): TableLayout => ({
  table,
  columns: match.columns,
  roles: columnRoles(table),
  bodyStart: match.bodyStart,
  by: "header",
});

/** How many body lines carry one of the table's row labels: tells apart tables whose headers read alike (T6, T7). */
function rowLabelHits(grid: Grid, from: number, table: TableDef): number {
  if (table.rows.mode !== "fixed") return 0;
  const labels = new Set(
    table.rows.rows.flatMap((r) => (r.kind === "group" ? [r.label] : Object.values(r.label ?? {}))).map(normalizeLabel),
  );
  return grid.slice(from).filter((row) => row.some((c) => c.trim() !== "" && labels.has(normalizeLabel(c)))).length;
}

/** The number of columns a paste uses: trailing columns empty on every line do not count. */
export function usedWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid) {
    for (let c = row.length - 1; c >= width; c -= 1) {
      if ((row[c] ?? "").trim() !== "") {
        width = c + 1;
        break;
      }
    }
  }
  return width;
}

/**
 * Finds which template table a paste is and how its columns lie: by its header (the table whose labels the
 * header rows use, most cells matched; rows labels break a tie), or — when the clerk named the table and the
 * paste has no header — by column order. A header of another table than the one named, a header of no table,
 * or a width that fits no column order is an issue.
 *
 * @example
 * locateTable(grid, template, "T2").layout?.columns // → ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]
 */
export function locateTable(grid: Grid, template: Template, wanted?: TableId, options: HeaderOptions = {}): Located {
  const start = firstFilledRow(grid);
  const all = Object.values(template.tables);
  const matches = (tables: readonly TableDef[]): Candidate[] =>
    tables.flatMap((table) => {
      const match = matchHeader(grid, headerModel(table), options);
      return match ? [{ table, match }] : [];
    });
  if (wanted !== undefined) {
    const table = template.tables[wanted];
    if (!table) return { layout: undefined, issues: [issue("paste.unknownTable", ["paste"], { table: wanted })] };
    const own = matches([table])[0];
    if (own) return { layout: byHeader(table, own.match), issues: [] };
    const other = best(matches(all.filter((t) => t !== table)), grid);
    if (other.length > 0) {
      const found = other.map((c) => c.table.id).join(", ");
      return { layout: undefined, issues: [issue("paste.tableMismatch", ["paste", start], { table: wanted, found })] };
    }
    const roles = columnRoles(table);
    const width = usedWidth(grid);
    const order = positionalColumns(table, roles).find((l) => l.length === width);
    if (!order) {
      return { layout: undefined, issues: [issue("paste.columnCount", ["paste", start], { table: wanted, expected: table.columns.length, actual: width })] };
    }
    return { layout: { table, columns: order, roles, bodyStart: start, by: "order" }, issues: [] };
  }
  const top = best(matches(all), grid);
  const [first] = top;
  if (!first) return { layout: undefined, issues: [issue("paste.unknownTable", ["paste", start])] };
  if (top.length > 1) {
    const candidates = top.map((c) => c.table.id).join(", ");
    return { layout: undefined, issues: [issue("paste.ambiguousTable", ["paste", start], { candidates })] };
  }
  return { layout: byHeader(first.table, first.match), issues: [] };
}

/** The candidates that share the best score: header cells matched, then columns named, then row labels found. */
function best(candidates: readonly Candidate[], grid: Grid): readonly Candidate[] {
  const score = (c: Candidate): readonly number[] => [
    c.match.matchedCells,
    c.match.columns.filter((k) => k !== undefined).length,
    rowLabelHits(grid, c.match.bodyStart, c.table),
  ];
  let top: Candidate[] = [];
  let topScore: readonly number[] = [];
  for (const c of candidates) {
    const s = score(c);
    const cmp = compare(s, topScore);
    if (top.length === 0 || cmp > 0) {
      top = [c];
      topScore = s;
    } else if (cmp === 0) top.push(c);
  }
  return top;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
