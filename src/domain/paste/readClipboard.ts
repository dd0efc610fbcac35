import { detectDelimiter } from "./detectDelimiter";
import type { Delimiter, Grid } from "./Grid";
import { readDelimited } from "./readDelimited";

/** What was pasted: JSON (a Figures object or a map), or a grid of cells with the separator it used; or nothing. */
export type Clipboard =
  | { readonly kind: "json"; readonly value: unknown }
  | { readonly kind: "grid"; readonly grid: Grid; readonly delimiter: Delimiter }
  | { readonly kind: "empty" };

const isBlankRow = (row: readonly string[]) => row.every((c) => c.trim() === "");

/**
 * Reads pasted text as JSON when it is JSON (an object or an array), otherwise as TSV or CSV with the separator
 * it uses. Blank lines at the end are dropped; a paste with no text at all is "empty".
 *
 * @example
 * readClipboard('{"II.1.vbqpplDraftsRegistered": 7}') // → { kind: "json", value: { "II.1.vbqpplDraftsRegistered": 7 } }
 * readClipboard("a\tb\r\n1\t2\r\n")                    // → { kind: "grid", delimiter: "\t", grid: [["a","b"],["1","2"]] }
 */
export function readClipboard(text: string): Clipboard {
  const source = (text.startsWith("\uFEFF") ? text.slice(1) : text).normalize("NFC");
  const trimmed = source.trim();
  if (trimmed === "") return { kind: "empty" };
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return { kind: "json", value: JSON.parse(trimmed) as unknown };
    } catch {
      // Not JSON after all: a cell may well start with a bracket.
    }
  }
  const delimiter = detectDelimiter(source);
  const grid = [...readDelimited(source, delimiter)];
  while (grid.length > 0 && isBlankRow(grid[grid.length - 1] ?? [])) grid.pop();
  return grid.length === 0 ? { kind: "empty" } : { kind: "grid", grid, delimiter };
}
