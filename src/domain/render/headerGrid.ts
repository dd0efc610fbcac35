import type { HeaderCell } from "../template/types";

/** One header cell placed on the table's grid: its top-left corner and how far it spans. */
export type PlacedHeaderCell = {
  readonly cell: HeaderCell;
  /** Header row of its top edge, from 0. */
  readonly row: number;
  /** Grid column of its left edge, from 0. */
  readonly column: number;
  readonly colSpan: number;
  readonly rowSpan: number;
};

/** A header tree laid on a grid: as many rows as the tree is deep, one grid column per leaf. */
export type HeaderGrid = {
  readonly rows: number;
  readonly columns: number;
  readonly cells: readonly PlacedHeaderCell[];
};

const leafCount = (cell: HeaderCell): number =>
  cell.children && cell.children.length > 0 ? cell.children.reduce((n, c) => n + leafCount(c), 0) : 1;

const depth = (cell: HeaderCell): number =>
  cell.children && cell.children.length > 0 ? 1 + Math.max(...cell.children.map(depth)) : 1;

/**
 * Lays a header tree on a grid the way a merged table header is drawn: a group spans its leaves across and one
 * row down; a leaf reaches down to the last header row (so "STT" beside a two-level group spans both rows).
 *
 * @example
 * headerGrid([leaf("STT"), group("Dịch vụ công", [leaf("Số hồ sơ"), leaf("Tỷ lệ")])])
 * // → { rows: 2, columns: 3, cells: [
 * //      { row: 0, column: 0, colSpan: 1, rowSpan: 2 },   STT
 * //      { row: 0, column: 1, colSpan: 2, rowSpan: 1 },   Dịch vụ công
 * //      { row: 1, column: 1, … }, { row: 1, column: 2, … } ] }
 */
export function headerGrid(header: readonly HeaderCell[]): HeaderGrid {
  const rows = header.length === 0 ? 0 : Math.max(...header.map(depth));
  const cells: PlacedHeaderCell[] = [];
  const place = (level: readonly HeaderCell[], row: number, firstColumn: number): number => {
    let column = firstColumn;
    for (const cell of level) {
      const colSpan = leafCount(cell);
      const isGroup = !!cell.children && cell.children.length > 0;
      cells.push({ cell, row, column, colSpan, rowSpan: isGroup ? 1 : rows - row });
      if (isGroup) place(cell.children ?? [], row + 1, column);
      column += colSpan;
    }
    return column;
  };
  const columns = place(header, 0, 0);
  return { rows, columns, cells: [...cells].sort((a, b) => a.row - b.row || a.column - b.column) };
}

/**
 * The leaf cells of the tree, left to right: the table's physical columns.
 *
 * @example headerLeaves(T2.header).map((l) => l.column) // → ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]
 */
export function headerLeaves(header: readonly HeaderCell[]): readonly HeaderCell[] {
  return header.flatMap((cell) => (cell.children && cell.children.length > 0 ? headerLeaves(cell.children) : [cell]));
}
