/**
 * Text folded for comparison, with the way back to the original: every folded character knows the span of the
 * original text it came from, so a phrase found in the folded text is cut from the document's own characters.
 */
export type FoldedText = {
  readonly text: string;
  /** Original offset where folded character i starts. */
  readonly from: readonly number[];
  /** Original offset just after folded character i. */
  readonly to: readonly number[];
};

/** The spellings clerks alternate that mean the same (DESIGN.md house style): Quí/Qúy → quý, "06 tháng" → "6 tháng". */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/qu[íi]|qúy|qùy/gu, "quý"],
  [/(?<![\d/.,])0(\d) tháng/gu, "$1 tháng"],
  [/[–—]/gu, "-"],
  [/[“”]/gu, '"'],
];

const isSpace = (c: string): boolean => /^[\s\u00a0\u2000-\u200b\u202f\u3000]$/u.test(c);

/**
 * Folds a text for matching: NFC per character (a decomposed "ý" counts once), lower case, every run of white
 * space one space, the variants above unified; the original offsets follow every character.
 *
 * @example foldText("Quí  I").text // → "quý i"
 * @example foldText("Quí  I").from // → [0, 1, 2, 3, 5]
 */
export function foldText(raw: string): FoldedText {
  const chars: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const clusters = raw.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
  let at = 0;
  for (const cluster of clusters) {
    const start = at;
    at += cluster.length;
    const folded = cluster.normalize("NFC").toLowerCase();
    if (isSpace(cluster)) {
      if (chars.length > 0 && chars[chars.length - 1] === " ") {
        to[to.length - 1] = at;
        continue;
      }
      chars.push(" ");
      from.push(start);
      to.push(at);
      continue;
    }
    for (const c of folded) {
      chars.push(c);
      from.push(start);
      to.push(at);
    }
  }
  let folded: FoldedText = { text: chars.join(""), from, to };
  for (const [pattern, replacement] of VARIANTS) folded = replaceFolded(folded, pattern, replacement);
  return folded;
}

/** Replaces matches in a folded text, the replacement's characters spanning the original of the whole match. */
function replaceFolded(folded: FoldedText, pattern: RegExp, replacement: string): FoldedText {
  if (!pattern.test(folded.text)) return folded;
  pattern.lastIndex = 0;
  const from: number[] = [];
  const to: number[] = [];
  let text = "";
  let last = 0;
  for (const m of folded.text.matchAll(pattern)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    for (let i = last; i < start; i++) {
      from.push(folded.from[i] ?? 0);
      to.push(folded.to[i] ?? 0);
    }
    text += folded.text.slice(last, start);
    const put = m[0].replace(new RegExp(pattern.source, pattern.flags.replace("g", "")), replacement);
    for (let i = 0; i < put.length; i++) {
      from.push(folded.from[start] ?? 0);
      to.push(folded.to[end - 1] ?? 0);
    }
    text += put;
    last = end;
  }
  for (let i = last; i < folded.text.length; i++) {
    from.push(folded.from[i] ?? 0);
    to.push(folded.to[i] ?? 0);
  }
  return { text: text + folded.text.slice(last), from, to };
}

/** The original span of folded characters [start, end). */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.from[start] ?? 0, end: folded.to[end - 1] ?? folded.from[start] ?? 0 };
}

/** Folded words, for similarity: letters and digits only. */
export const wordsOf = (text: string): string[] =>
  foldText(text)
    .text.split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");

/**
 * How alike two word lists are: the Dice coefficient over word multisets, 0 … 1.
 *
 * @example similarity(["kết", "quả"], ["kết", "quả", "cchc"]) // → 0.8
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
