/** Word refuses longer search strings (Word API reference, `Paragraph.search`: "up to 255 characters"). */
export const MAX_SEARCH = 255;

/** How to reach characters [start, end) of a paragraph with Word's search: a unique window, then the value in it. */
export type SearchWindow = { readonly window: string; readonly value: string };

const occurrences = (text: string, part: string): number[] => {
  const out: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + Math.max(1, part.length)))
    out.push(at);
  return out;
};

/** Word's search reads "^" as a special character and wildcards are off: a window must not hold "^". */
const searchable = (text: string): boolean =>
  !text.includes("^") && text.trim() !== "" && text.length <= MAX_SEARCH;

/**
 * The shortest stretch of a paragraph that starts (or ends) at the wanted characters and occurs once, so that
 * two searches — the window in the paragraph, then the value in the window — find exactly those characters,
 * however the paragraph is split into runs. Undefined when no such window exists.
 *
 * @example searchWindow("có 02 hồ sơ, 02 ngày", { start: 13, end: 15 }) // → { window: "02 n", value: "02" }
 */
export function searchWindow(
  text: string,
  span: {
    readonly start: number;
    readonly end: number;
    readonly avoid?: readonly (readonly [number, number])[];
  },
): SearchWindow | undefined {
  const { start, end } = span;
  // A window over another figure of the paragraph would take that figure's control inside its range.
  const clear = (from: number, to: number) => (span.avoid ?? []).every(([a, b]) => b <= from || a >= to);
  const value = text.slice(start, end);
  if (!searchable(value)) return undefined;
  for (let stop = end; stop <= text.length && stop - start <= MAX_SEARCH; stop++) {
    const window = text.slice(start, stop);
    if (!clear(start, stop)) break;
    if (/\s$/.test(window) && stop < text.length) continue;
    if (searchable(window) && occurrences(text, window).length === 1 && occurrences(window, value)[0] === 0)
      return { window, value };
  }
  for (let from = start; from >= 0 && end - from <= MAX_SEARCH; from--) {
    const window = text.slice(from, end);
    if (!clear(from, end)) break;
    if (/^\s/.test(window) && from > 0) continue;
    const inside = occurrences(window, value);
    // Word's RangeCollection has no getLast without a sync: the value must be the window's only occurrence.
    if (
      searchable(window) &&
      occurrences(text, window).length === 1 &&
      inside.length === 1 &&
      inside[0] === window.length - value.length
    )
      return { window, value };
  }
  return undefined;
}
