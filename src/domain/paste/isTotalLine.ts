import type { TableDef } from "../template/types";
import { normalizeLabel } from "./normalizeLabel";

const TOTAL_WORDS = new Set(["tong", "tong so", "tong cong", "cong"]);

/**
 * Whether a pasted line is a total row: its first filled cell, in one of the first three columns, reads
 * "Tổng", "Tổng số", "Tổng cộng", "Cộng" or the table's own total label. A total row is computed, never input.
 *
 * @example isTotalLine(["", "Tổng số", "2.555", "2.460"], T2) // → true
 */
export function isTotalLine(cells: readonly string[], table: TableDef): boolean {
  const at = cells.findIndex((c) => c.trim() !== "");
  if (at < 0 || at > 2) return false;
  const text = normalizeLabel(cells[at] ?? "");
  return TOTAL_WORDS.has(text) || (table.total !== undefined && text === normalizeLabel(table.total.label));
}
