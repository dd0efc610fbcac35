import type { TableDef } from "../template/types";
import { normalizeLabel } from "./normalizeLabel";

/** A data row of a fixed table: its place among the data rows, its group and its labels made comparable. */
export type FixedRow = { readonly index: number; readonly group: number; readonly labels: ReadonlySet<string> };

/** The rows of a fixed table as a pasted line is matched against them. */
export type FixedRowIndex = {
  readonly rows: readonly FixedRow[];
  /** Group rows' labels, by group number (their order in the table). */
  readonly groups: readonly string[];
};

/**
 * Indexes a fixed table's rows by label for matching pasted lines: numbering labels ("1", "2") are left out,
 * since a row is named by its words; data rows remember the group row above them (T7 repeats its labels in
 * both groups).
 *
 * @example fixedRowIndex(T7).rows[5] // → { index: 5, group: 1, labels: Set { "thac sy tro len" } }
 */
export function fixedRowIndex(table: TableDef): FixedRowIndex {
  const rows: FixedRow[] = [];
  const groups: string[] = [];
  if (table.rows.mode !== "fixed") return { rows, groups };
  for (const row of table.rows.rows) {
    if (row.kind === "group") {
      groups.push(normalizeLabel(row.label));
      continue;
    }
    const labels = Object.values(row.label ?? {})
      .map(normalizeLabel)
      .filter((l) => l !== "" && !/^\d+$/.test(l));
    rows.push({ index: rows.length, group: groups.length - 1, labels: new Set(labels) });
  }
  return { rows, groups };
}
