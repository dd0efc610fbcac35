import type { Severity } from "../issues/Issue";
import type { ColumnKey, FieldKey, TableId } from "../template/types";

/** One cell of a table: data row index from 0 (as Figures and issue paths count), column or input key. */
export type CellRef = { readonly table: TableId; readonly row: number; readonly column: ColumnKey };

/**
 * A consistency rule between figures that the template's structure does not already imply (template-spec §3,
 * §4): declared per template as data. `ref` names the spec's finding it guards against (§7 A3 …).
 */
export type CrossRule = { readonly ref?: string; readonly severity: Severity } & (
  | {
      /** In every data row, `part` ≤ `whole` (T8: done ≤ total). */
      readonly kind: "notGreater";
      readonly table: TableId;
      readonly part: ColumnKey;
      readonly whole: ColumnKey;
    }
  | {
      /** Two cells show the same number (T8 c3 = T3 r2 c3). */
      readonly kind: "sameValue";
      readonly cell: CellRef;
      readonly other: CellRef;
    }
  | {
      /** A prose figure equals the sum of a table column over its data rows (1.053 = T9 c7). */
      readonly kind: "fieldIsColumnSum";
      readonly field: FieldKey;
      readonly table: TableId;
      readonly column: ColumnKey;
    }
  | {
      /** Row `part` ≤ row `whole` in each of `columns` (T10: signatures from Ban Cơ yếu ≤ all signatures). */
      readonly kind: "rowNotGreater";
      readonly table: TableId;
      readonly part: number;
      readonly whole: number;
      readonly columns: readonly ColumnKey[];
    }
);
