import { inputColumns, type InputColumn } from "../template/inputColumns";
import type { ColumnDef, ColumnKey, TableDef } from "../template/types";

/** What a pasted column is for, given the template column it stands for. */
export type ColumnRole =
  /** A fixed row's label (LBL): it says which row a pasted line is. */
  | { readonly kind: "label"; readonly column: ColumnDef }
  /** The STT of a variable table: numbered by the add-in, so ignored. */
  | { readonly kind: "ordinal"; readonly column: ColumnDef }
  | { readonly kind: "input"; readonly column: ColumnDef; readonly input: InputColumn }
  /** A number with an annotation in parentheses: "53 (1cts do cty TS24 cấp)". */
  | { readonly kind: "noted"; readonly column: ColumnDef; readonly value: InputColumn; readonly note: InputColumn }
  /** A total with its parts: "85 (khối văn phòng 57, đơn vị sự nghiệp 28)". */
  | { readonly kind: "composite"; readonly column: ColumnDef; readonly parts: readonly InputColumn[] }
  /** Computed by the add-in: ignored as input, compared with what the add-in computes. */
  | { readonly kind: "computed"; readonly column: ColumnDef };

/**
 * The role of every column of a table, by column key.
 *
 * @example columnRoles(template.tables.T2!).get("c5")?.kind // → "computed"
 */
export function columnRoles(table: TableDef): ReadonlyMap<ColumnKey, ColumnRole> {
  const inputs = inputColumns(table);
  const ofColumn = (column: ColumnDef) => inputs.filter((i) => i.column === column);
  const roles = new Map<ColumnKey, ColumnRole>();
  for (const column of table.columns) {
    const own = ofColumn(column);
    const main = own.find((i) => i.key === column.key);
    const note = column.noteKey === undefined ? undefined : own.find((i) => i.key === column.noteKey);
    const parts = own.filter((i) => column.parts?.some((p) => p.key === i.key));
    let role: ColumnRole;
    if (table.rows.mode === "variable" && column.key === table.rows.numberColumn) role = { kind: "ordinal", column };
    else if (column.class === "LBL") role = { kind: "label", column };
    else if (parts.length > 0) role = { kind: "composite", column, parts };
    else if (main && note) role = { kind: "noted", column, value: main, note };
    else if (main) role = { kind: "input", column, input: main };
    else role = { kind: "computed", column };
    roles.set(column.key, role);
  }
  return roles;
}
