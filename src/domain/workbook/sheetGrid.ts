import type { CellProblem } from "../paste/CellProblem";
import type { Grid } from "../paste/Grid";
import type { SheetCell, SheetData, SheetValue } from "./SheetData";

/** A sheet as text, the paste reader's grid, with what could not be made text kept aside by cell. */
export type SheetGrid = {
  readonly grid: Grid;
  /** Cells whose value cannot be read: a formula without a cached result, an error value. Key: `row:col`. */
  readonly problems: ReadonlyMap<string, CellProblem>;
  /** Cells that hold a formula (key `row:col`): their values are Excel's, as cached when the file was saved. */
  readonly formulas: ReadonlySet<string>;
};

export const cellKey = (row: number, col: number): string => `${row}:${col}`;

/**
 * A number as vi-VN text that the paste reader reads back to the same number: decimal comma, no grouping;
 * "1,234" would read two ways, so three decimals after a short whole part get a trailing zero ("1,2340").
 * A cell formatted as a percentage (0,963 shown "96,3%") is its percentage, "96,3 %".
 *
 * @example numberText(2460) // → "2460"
 * @example numberText(0.963, true) // → "96,3 %"
 */
export function numberText(value: number, percent = false): string {
  // Most cells are whole counts: their text is their digits.
  if (!percent && Number.isSafeInteger(value)) return String(value);
  const n = percent ? Number((value * 100).toPrecision(12)) : Number(value.toPrecision(15));
  let text = String(n).replace(".", ",");
  if (/^-?[1-9]\d{0,2},\d{3}$/.test(text)) text += "0";
  return percent ? `${text} %` : text;
}

/** "2021-03-01" → "01/03/2021", as the paste reader reads dates. */
const viDate = (iso: string) => iso.split("-").reverse().join("/");

function valueText(value: SheetValue): string {
  switch (value.kind) {
    case "text":
      return value.text;
    case "number":
      return numberText(value.value, value.percent === true);
    case "date":
      return viDate(value.iso);
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
    case "error":
      return value.text;
  }
}

/** A cell's text, or the problem that keeps it from being read (the text is then ""). */
function cellText(cell: SheetCell): string | CellProblem {
  if (cell.kind === "formula") {
    const result = cell.result;
    if (!result) return { code: "workbook.formulaNoValue", params: { formula: cell.formula } };
    return cellText(result);
  }
  if (cell.kind === "error") return { code: "workbook.errorValue", params: { value: cell.text } };
  return valueText(cell);
}

/**
 * Reads a sheet into the paste reader's grid: every value as the text a clerk would have pasted, formulas by
 * their cached results. A formula with no cached result and an error value give "" and a problem at their
 * cell, reported only if the cell is read as input.
 */
export function sheetGrid(sheet: SheetData): SheetGrid {
  const problems = new Map<string, CellProblem>();
  const formulas = new Set<string>();
  // Plain loops, one string per cell and nothing else: a 5,000-row sheet has some 35,000 cells.
  const grid: string[][] = new Array<string[]>(sheet.rows.length);
  for (let r = 0; r < sheet.rows.length; r += 1) {
    const row = sheet.rows[r] ?? [];
    const texts = new Array<string>(row.length);
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (!cell) {
        texts[c] = "";
        continue;
      }
      if (cell.kind === "formula") formulas.add(cellKey(r, c));
      const text = cellText(cell);
      if (typeof text === "string") texts[c] = text;
      else {
        texts[c] = "";
        problems.set(cellKey(r, c), text);
      }
    }
    grid[r] = texts;
  }
  return { grid, problems, formulas };
}
