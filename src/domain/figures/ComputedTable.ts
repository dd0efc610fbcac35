import type { ColumnKey, TableId } from "../template/types";

/**
 * A table's body as the report prints it, with typed values: input cells as given, computed cells filled in,
 * group rows and the total row. `formatCell` turns a cell into the seed's vi-VN text.
 */

/** A cell's value: a number (a percent already rounded to its column's places), a text, or blank. */
export type ComputedValue = number | string | null;

export type ComputedCell = {
  readonly column: ColumnKey;
  readonly value: ComputedValue;
  /** A composite cell's parts, in the column's order: "85 (khối văn phòng 57, đơn vị sự nghiệp 28)". */
  readonly parts?: readonly (number | null)[];
  /** The annotation printed after a number: "53 (1cts do cty TS24 cấp)". */
  readonly note?: string;
};

export type ComputedRow =
  | { readonly kind: "data"; readonly id: string; readonly index: number; readonly cells: readonly ComputedCell[] }
  | { readonly kind: "group"; readonly id: string; readonly label: string }
  | {
      readonly kind: "total";
      readonly label: string;
      /** The label spans the first columns; `cells` are the columns after it. */
      readonly labelSpan: number;
      readonly cells: readonly ComputedCell[];
    };

export type ComputedTable = { readonly table: TableId; readonly rows: readonly ComputedRow[] };

/** The input values of one data row, as Figures carry them (keys: input columns, parts, notes). */
export type InputRow = Readonly<Record<string, unknown>>;
