import type { ColumnKey, TableDef } from "../template/types";
import type { ColumnRole } from "./columnRole";

/** A label column whose labels are all numbers ("1", "2") is a row number, not a name to match rows by. */
const isNumbering = (table: TableDef, key: ColumnKey) =>
  table.rows.mode === "fixed" &&
  table.rows.rows.every((r) => r.kind !== "data" || r.label === undefined || /^\d*$/.test((r.label[key] ?? "").trim()));

/**
 * The column orders a headerless paste may have for a table, most complete first: every printed column; or
 * only the columns that are typed in (the row label first for fixed rows, without STT and computed columns);
 * or, for numbered tables, STT followed by those.
 *
 * @example positionalColumns(T2, roles) // → [["c1", …, "c7"], ["c2", "c3", "c4", "c6"], ["c1", "c2", "c3", "c4", "c6"]]
 */
export function positionalColumns(
  table: TableDef,
  roles: ReadonlyMap<ColumnKey, ColumnRole>,
): readonly (readonly ColumnKey[])[] {
  const all = table.columns.map((c) => c.key);
  const typed = all.filter((key) => {
    const kind = roles.get(key)?.kind;
    if (kind === "computed" || kind === "ordinal") return false;
    return !(kind === "label" && isNumbering(table, key));
  });
  const ordinal = all.find((key) => roles.get(key)?.kind === "ordinal");
  const layouts = [all, typed, ...(ordinal === undefined ? [] : [[ordinal, ...typed]])];
  return layouts.filter((l, i) => layouts.findIndex((o) => o.length === l.length) === i);
}
