import type { Figures } from "../../domain/figures/schema";
import type { Issue } from "../../domain/issues";
import type { FiguresSourceLabel } from "../context/PaneSessionContext";
import type { Failure } from "../shared/describeFailure";

export type SourceMode = "service" | "paste" | "workbook";

export type LoadState =
  | { readonly kind: "idle" }
  | { readonly kind: "loading"; readonly receivedBytes: number }
  | { readonly kind: "loaded"; readonly source: FiguresSourceLabel }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly failure: Failure };

/** A pasted cell as the preview shows it: its text and the problems found in it, already worded. */
export type PreviewCell = { readonly text: string; readonly problems: readonly string[] };

/** A pasted table, the grid as pasted, with which template column each pasted column feeds. */
export type TablePreview = {
  readonly kind: "table";
  readonly tableId: string | undefined;
  readonly tableTitle: string | undefined;
  /** How many leading rows are the header. */
  readonly headerRows: number;
  readonly rows: readonly (readonly PreviewCell[])[];
  /** For each pasted column, the template column's label, or undefined when the column is not used. */
  readonly mapping: readonly (string | undefined)[];
};

/** A key/value paste: each figure read, by label. */
export type FieldsPreview = {
  readonly kind: "fields";
  readonly entries: readonly { readonly key: string; readonly label: string; readonly value: string }[];
};

export type JsonPreview = { readonly kind: "json" };

/** Everything the paste import shows: what was read, every problem, and the figures when usable. */
export type PasteReading = {
  readonly preview: TablePreview | FieldsPreview | JsonPreview | undefined;
  /** All issues, worded, each with the place it names (formatIssue). */
  readonly problems: readonly { readonly issue: Issue; readonly text: string }[];
  /** Whether the clerk must say which table this is. */
  readonly needsTable: boolean;
  /** The figures to review: the document's figures with the pasted values over them; undefined on errors. */
  readonly figures: Figures | undefined;
  /** How many values were read. */
  readonly count: number;
};
