/**
 * A worksheet as the reader sees it, whatever library opened the file: each cell's value as Excel stores it.
 * A formula comes with its cached result, if the file has one; a merged range's cells other than its first
 * are absent, as on the clipboard.
 */
export type SheetValue =
  | { readonly kind: "text"; readonly text: string }
  /** `percent`: the cell's number format shows it as a percentage (0,963 shown "96,3%"). */
  | { readonly kind: "number"; readonly value: number; readonly percent?: boolean }
  /** An Excel date, as ISO "2021-03-01". */
  | { readonly kind: "date"; readonly iso: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** "#DIV/0!", "#REF!", … */
  | { readonly kind: "error"; readonly text: string };

export type SheetCell = SheetValue | { readonly kind: "formula"; readonly formula: string; readonly result?: SheetValue };

export type SheetData = {
  readonly name: string;
  /** Rows from the sheet's first, cells from column A; holes where nothing is. */
  readonly rows: readonly (readonly (SheetCell | undefined)[] | undefined)[];
};
