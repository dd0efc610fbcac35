import type { ColumnKey, TableDef } from "../template/types";
import type { ColumnRole } from "./columnRole";

/** How a paste lies over a template table: which template column each pasted column is, and where data starts. */
export type TableLayout = {
  readonly table: TableDef;
  /** The template column of each pasted column; undefined where none (an unnamed or repeated column). */
  readonly columns: readonly (ColumnKey | undefined)[];
  readonly roles: ReadonlyMap<ColumnKey, ColumnRole>;
  /** The first row after the header; 0 when there is no header. */
  readonly bodyStart: number;
  /** "header" when the header named the columns, "order" when the clerk said which table and columns go by order. */
  readonly by: "header" | "order";
};
