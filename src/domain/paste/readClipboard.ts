import { detectDelimiter } from "./detectDelimiter";
import type { Delimiter, Grid } from "./Grid";
import { readDelimited } from "./readDelimited";
import { issue, type Issue } from "../issues/Issue";

/**
 * What was pasted: JSON (a Figures object or a map), JSON with a syntax error (text bracketed from end to end, at
 * the character where it breaks), or a grid of cells with the separator it used; or nothing.
 */
export type Clipboard =
  | { readonly kind: "json"; readonly value: unknown }
  | { readonly kind: "badJson"; readonly at?: number }
  | { readonly kind: "grid"; readonly grid: Grid; readonly delimiter: Delimiter }
  | { readonly kind: "empty" };

const isBlankRow = (row: readonly string[]) => row.every((c) => c.trim() === "");

/**
 * Reads pasted text as JSON when it is JSON (an object or an array), or says where JSON breaks when the text is
 * bracketed from its first character to its last; otherwise as TSV or CSV with the separator
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
  let syntaxError: SyntaxError | undefined;
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return { kind: "json", value: JSON.parse(trimmed) as unknown };
    } catch (error) {
      // Not JSON after all: a cell may well start with a bracket. Only a syntax error is "not JSON".
      if (!(error instanceof SyntaxError)) throw error;
      syntaxError = error;
    }
  }
  const delimiter = detectDelimiter(source);
  const grid = [...readDelimited(source, delimiter)];
  while (grid.length > 0 && isBlankRow(grid[grid.length - 1] ?? [])) grid.pop();
  // Text bracketed from its first character to its last was meant as JSON: its syntax error is what to say.
  if (syntaxError && trimmed.endsWith(trimmed.startsWith("{") ? "}" : "]")) {
    const position = /position (\d+)/.exec(syntaxError.message)?.[1];
    return position === undefined ? { kind: "badJson" } : { kind: "badJson", at: Number(position) + 1 };
  }
  return grid.length === 0 ? { kind: "empty" } : { kind: "grid", grid, delimiter };
}

/** The issue of a paste meant as JSON with a syntax error: the character where it breaks, counted from 1. */
export const badJson = (at: number | undefined): Issue =>
  issue("figures.invalidJson", ["paste"], at === undefined ? {} : { at });
