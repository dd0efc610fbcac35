/**
 * Comparing texts word by word, as the seed comparison does: NFC words split on white space, the longest common
 * subsequence of two word lists, and phrases found in order.
 */

/** The words of a text: NFC, split on any white space. */
export const wordsOf = (text: string): string[] =>
  text
    .normalize("NFC")
    .split(/\s+/)
    .filter((w) => w !== "");

/** Length of the longest common subsequence of two lists (two rows of the table, linear memory). */
export function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  const ids = new Map<T, number>();
  const encode = (list: readonly T[]) => Int32Array.from(list, (w) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1));
  const x = encode(a);
  const y = encode(b);
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    for (let j = 1; j <= y.length; j++) {
      const up = prev[j] as number;
      const left = cur[j - 1] as number;
      cur[j] = xi === y[j - 1] ? (prev[j - 1] as number) + 1 : up > left ? up : left;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length] as number;
}

/** 2·LCS / (|a| + |b|): 1 for the same words in the same order, 0 for nothing in common. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  return a.length + b.length === 0 ? 1 : (2 * lcsLength(a, b)) / (a.length + b.length);
}

/**
 * The positions of `a` that one longest common subsequence with `b` leaves out: what of `a` is not found, in
 * order, in `b`. Quadratic memory: for lists of a few thousand items.
 */
export function missingInOrder<T>(a: readonly T[], b: readonly T[]): number[] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint16Array;
    const next = table[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const missing: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) missing.push(i++);
    else j++;
  }
  while (i < n) missing.push(i++);
  return missing;
}

/**
 * The phrases not found one after the other in `text` (each searched from where the previous one ended), as
 * whole words; phrases and text are compared as single-spaced word lists.
 */
export function phrasesNotInOrder(phrases: readonly string[], text: string): string[] {
  const hay = ` ${wordsOf(text).join(" ")} `;
  const missing: string[] = [];
  let from = 0;
  for (const phrase of phrases) {
    const needle = ` ${wordsOf(phrase).join(" ")} `;
    const at = hay.indexOf(needle, from);
    if (at < 0) missing.push(phrase);
    else from = at + needle.length - 1;
  }
  return missing;
}
