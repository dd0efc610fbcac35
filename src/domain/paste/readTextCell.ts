import { problem, type CellRead } from "./CellProblem";
import { normalizeLabel } from "./normalizeLabel";

/** The text of a cell as it goes into Figures, line breaks and runs of spaces made one space. @example cellText(" Công\nThương ") // → "Công Thương" */
export const cellText = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Reads a free-text cell; an empty one is null.
 *
 * @example readTextCell("Thủ tục Cấp giấy phép\nthành lập …") // → { value: "Thủ tục Cấp giấy phép thành lập …" }
 */
export function readTextCell(text: string): CellRead<string | null> {
  const value = cellText(text);
  return { value: value === "" ? null : value };
}

/**
 * Reads a cell that holds one of a fixed list of values, compared without case or diacritics, and gives back
 * the template's spelling; anything else is a problem that lists the allowed values.
 *
 * @example readEnumCell("trung uong", ["Trung ương", "UBND tỉnh"]) // → { value: "Trung ương" }
 */
export function readEnumCell(text: string, options: readonly string[]): CellRead<string | null> {
  const value = cellText(text);
  if (value === "") return { value: null };
  const key = normalizeLabel(value);
  const found = options.find((o) => normalizeLabel(o) === key);
  return found === undefined ? problem("paste.notInEnum", { value, options: options.join(", ") }) : { value: found };
}
