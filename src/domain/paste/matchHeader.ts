import type { ColumnKey } from "../template/types";
import type { Grid } from "./Grid";
import type { HeaderLeaf, HeaderModel } from "./headerModel";
import { normalizeLabel } from "./normalizeLabel";

/** How a pasted header reads against one template table. */
export type HeaderMatch = {
  /** The pasted rows that make the header (the column-number row "1 2 … 13" included). */
  readonly headerRows: readonly number[];
  /** The first row after the header. */
  readonly bodyStart: number;
  /** The template column each pasted column stands for; undefined where the header names none. */
  readonly columns: readonly (ColumnKey | undefined)[];
  /** Pasted columns whose header names a column another pasted column already took. */
  readonly duplicates: readonly number[];
  /** Non-empty header cells, all of which are labels of this table: the strength of the match. */
  readonly matchedCells: number;
};

/** How strictly header rows are read. */
export type HeaderOptions = {
  /**
   * Accept header rows that also hold labels of no template column (a column a division inserted, "Ghi chú
   * của phòng"), as long as most of the row's labels are the table's: such columns are named by nothing.
   * A paste stays strict: its header is the template's or it is not a header.
   */
  readonly extraColumns?: boolean;
};

const cellAt = (grid: Grid, r: number, c: number) => (grid[r]?.[c] ?? "").trim();
const isBlank = (row: readonly string[] | undefined) => (row ?? []).every((c) => c.trim() === "");

/** A printed row of column numbers under a header: "1", "2", … or "(1)", "(2)", … in column order. */
function isNumberRow(row: readonly string[]): boolean {
  const filled = row.map((c) => c.trim()).filter((c) => c !== "");
  return filled.length >= 2 && filled.every((c, k) => /^\(?(\d{1,2})\)?$/.exec(c)?.[1] === String(k + 1));
}

/**
 * Reads the leading rows of a paste as the header of one template table: each header row's non-empty cells
 * must all be labels of that table (leaf or group, compared by `normalizeLabel`). Each pasted column is then
 * named by its lowest label, told apart from same-named leaves (T2's two "Tỷ lệ (%)") by the group label
 * above it — merged cells leave blanks, so a group label stands over the columns to its right — and by order.
 * Returns undefined when the paste does not start with this table's header.
 *
 * @example
 * matchHeader([["STT", "Tên thủ tục…", …], ["", "", "", "Số hồ sơ…", "Tỷ lệ (%)", …], ["1", "Công Thương", …]], headerModel(T2))
 * // → { headerRows: [0, 1], bodyStart: 2, columns: ["c1", "c2", …, "c7"], duplicates: [], matchedCells: 11 }
 */
export function matchHeader(grid: Grid, model: HeaderModel, options: HeaderOptions = {}): HeaderMatch | undefined {
  let r = 0;
  while (r < grid.length && isBlank(grid[r])) r += 1;
  const headerRows: number[] = [];
  let matchedCells = 0;
  for (; r < grid.length; r += 1) {
    const cells = (grid[r] ?? []).map((c) => normalizeLabel(c)).filter((c) => c !== "");
    const known = cells.filter((c) => model.labels.some((m) => m(c))).length;
    const accepted = options.extraColumns ? known > 0 && known * 2 > cells.length : cells.length > 0 && known === cells.length;
    if (!accepted) break;
    headerRows.push(r);
    matchedCells += known;
  }
  if (headerRows.length === 0) return undefined;
  const labelRows = [...headerRows];
  if (r < grid.length && isNumberRow(grid[r] ?? [])) headerRows.push(r++);

  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const used = new Set<number>();
  const columns: (ColumnKey | undefined)[] = [];
  const duplicates: number[] = [];
  let last = -1;
  for (let c = 0; c < width; c += 1) {
    const leafAt = [...labelRows].reverse().find((row) => cellAt(grid, row, c) !== "");
    if (leafAt === undefined) {
      columns.push(undefined);
      continue;
    }
    const text = normalizeLabel(cellAt(grid, leafAt, c));
    const groups = labelRows.filter((row) => row < leafAt).map((row) => groupAbove(grid, row, c));
    const candidates = model.leaves.filter((l) => l.leaf(text));
    const chosen = choose(candidates, groups, used, last);
    if (chosen === undefined) {
      if (candidates.length > 0) duplicates.push(c);
      columns.push(undefined);
      continue;
    }
    used.add(chosen.index);
    last = chosen.index;
    columns.push(chosen.column);
  }
  return { headerRows, bodyStart: r, columns, duplicates, matchedCells };
}

/** The group label over a column in one header row: the cell itself or, if merged away, the nearest to its left. */
function groupAbove(grid: Grid, row: number, column: number): string {
  for (let c = column; c >= 0; c -= 1) {
    const text = cellAt(grid, row, c);
    if (text !== "") return normalizeLabel(text);
  }
  return "";
}

function choose(
  candidates: readonly HeaderLeaf[],
  groups: readonly string[],
  used: ReadonlySet<number>,
  last: number,
): HeaderLeaf | undefined {
  const free = candidates.filter((l) => !used.has(l.index));
  const fits = (l: HeaderLeaf) => groups.every((g) => g === "" || l.ancestors.some((a) => a(g)));
  const consistent = free.filter(fits);
  const pool = consistent.length > 0 ? consistent : free;
  return pool.find((l) => l.index > last) ?? pool[0];
}
