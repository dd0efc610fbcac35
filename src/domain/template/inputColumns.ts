import type { ColumnDef, ColumnKey, TableDef } from "./types";

export type InputColumn = {
  readonly key: ColumnKey;
  readonly kind: "integer" | "percent" | "text" | "enum";
  readonly options?: readonly string[];
  /** The column this input belongs to, for messages: a part of a composite cell names its column. */
  readonly column: ColumnDef;
  readonly label: string;
};

/**
 * The keys a row of Figures may carry for a table: input, text and enumerated columns,
 * the parts of composite cells and the notes beside numbers. Computed and label cells are never input.
 *
 * @example inputColumns(template.tables.T2!).map((c) => c.key) // → ["c2", "c4", "c6"]
 */
export function inputColumns(table: TableDef): readonly InputColumn[] {
  const out: InputColumn[] = [];
  for (const column of table.columns) {
    if (column.parts) {
      for (const part of column.parts) {
        out.push({ key: part.key, kind: "integer", column, label: `${column.label.vi} (${part.label})` });
      }
    }
    if (column.noteKey) {
      out.push({ key: column.noteKey, kind: "text", column, label: `${column.label.vi} (ghi chú)` });
    }
    if (column.class === "IN" || column.class === "TXT" || column.class === "ENUM") {
      if (table.rows.mode === "variable" && column.key === table.rows.numberColumn) continue;
      const kind =
        column.format.kind === "enum"
          ? "enum"
          : column.format.kind === "percent"
            ? "percent"
            : column.format.kind === "integer"
              ? "integer"
              : "text";
      out.push({
        key: column.key,
        kind,
        column,
        label: column.label.vi,
        ...(column.format.kind === "enum" ? { options: column.format.options } : {}),
      });
    }
  }
  return out;
}
