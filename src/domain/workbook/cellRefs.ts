import { columnLetters } from "../issues/describePlace";

export { columnLetters };

/** A cell's A1 address from row and column counted from 0. @example a1(6, 3) // → "D7" */
export const a1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** A range of one column: "D5:D24". */
export const columnRange = (col: number, first: number, last: number): string => `${a1(first, col)}:${a1(last, col)}`;

/**
 * The height in points a row needs for a text to wrap in a column of `width` characters (Excel does not
 * fit row heights of a file it did not lay out).
 *
 * @example rowHeight("Tổng số hồ sơ đã tiếp nhận", 14) // → 30
 */
export function rowHeight(text: string, width: number): number {
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil((line.length * 1.1) / Math.max(width - 1, 1))), 0);
  return Math.max(15, lines * 15);
}
