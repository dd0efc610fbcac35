import type { CellValue, FieldValue } from "../figures/schema";
import type { ColumnKey, FieldKey, TableId } from "../template/types";

/**
 * A table read from a paste: its input values, row by row. Rows of a fixed table come in the template's
 * order, one per data row, `{}` for a row that was not pasted; a key absent from a row was not pasted, a key
 * holding null was pasted empty. Rows of a variable table are the new rows, all of them.
 */
export type PastedTable = {
  readonly tableId: TableId;
  readonly mode: "fixed" | "variable";
  readonly rows: readonly Readonly<Record<ColumnKey, CellValue>>[];
};

/** Figures read from a key/value paste. */
export type PastedFields = Readonly<Record<FieldKey, FieldValue>>;

export type ParsePastedTableOptions = {
  /** The table the clerk is pasting into: needed when the paste has no header. */
  readonly table?: TableId;
};
