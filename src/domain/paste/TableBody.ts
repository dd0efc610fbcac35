import type { CellValue } from "../figures/schema";
import type { Issue } from "../issues/Issue";
import type { ColumnKey } from "../template/types";

/** The body of a pasted table read as rows of input values, with the lines that were total rows. */
export type TableBody = {
  readonly rows: readonly Readonly<Record<ColumnKey, CellValue>>[];
  readonly issues: readonly Issue[];
  /** Whether every row of the table was pasted: only then can a pasted total be checked. */
  readonly complete: boolean;
  readonly totalLines: readonly number[];
  /** The line each row was read from; undefined for a fixed row that was not there. */
  readonly lines: readonly (number | undefined)[];
};
