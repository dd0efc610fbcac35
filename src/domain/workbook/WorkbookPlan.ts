import type { TableId } from "../template/types";

/**
 * A figures workbook as pure data: which sheets, which cells hold what, which are merged, locked, computed or
 * validated. `src/workbook` writes it with exceljs; nothing here knows of the library.
 */

/** How a cell looks: the adapter gives each its font, fill and border. */
export type CellStyle =
  | "title"
  | "note"
  | "header"
  | "label"
  | "group"
  | "input"
  | "computed"
  | "total"
  | "coverLabel"
  | "coverValue"
  | "id";

/** The data validation of an input cell, by the kind of value it takes. */
export type Validation =
  | { readonly kind: "whole"; readonly min: number; readonly max?: number }
  | { readonly kind: "decimal"; readonly min: number; readonly max: number }
  | { readonly kind: "list"; readonly options: readonly string[] }
  | { readonly kind: "textLength"; readonly max: number }
  | { readonly kind: "date" };

/** A value written into a cell; a date as ISO "2021-03-01", written as an Excel date. */
export type PlannedValue = string | number | { readonly date: string } | null;

export type PlannedCell = {
  /** Row and column from 0. */
  readonly row: number;
  readonly col: number;
  readonly value: PlannedValue;
  /** A formula without its "=", `value` being its cached result. */
  readonly formula?: string;
  readonly style: CellStyle;
  /** An input cell: unlocked, with its validation and the hint Excel shows when it is selected. */
  readonly input?: { readonly validation?: Validation; readonly prompt?: string; readonly error?: string };
  /** Excel's number format ("0", "0.0", "dd/mm/yyyy", "@" for text that must stay text: "116/116"). */
  readonly numFmt?: string;
};

export type CellRange = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

export type SheetPlan = {
  readonly name: string;
  readonly role: "cover" | "fields" | "table";
  readonly table?: TableId;
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly CellRange[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  readonly hiddenColumns: readonly number[];
  /** Row heights in points, where the text wraps over several lines. */
  readonly heights: ReadonlyMap<number, number>;
  /** Rows above this one stay in view when scrolling (the header). */
  readonly frozenRows: number;
};

export type WorkbookPlan = {
  readonly sheets: readonly SheetPlan[];
  readonly title: string;
  readonly subject: string;
  readonly keywords: string;
};
