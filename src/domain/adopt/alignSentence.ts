import { foldText, originalSpan, type FoldedText } from "./foldText";
import type { Piece, Slot } from "./reportPattern";
import { literalPattern, slotShape } from "./valueShapes";

/** One slot found in a paragraph: characters [start, end) of the paragraph's own text. */
export type AlignedSlot = {
  readonly slot: Slot;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** "strong": the words on both sides are the template's; "weak": only some of them are. */
  readonly strength: "strong" | "weak";
};

/** How many words on each side of a slot make its sentence recognisable. */
const ANCHOR_WORDS = 4;

const words = (text: string): string[] =>
  foldText(text)
    .text.trim()
    .split(" ")
    .filter((w) => w !== "");

/**
 * Finds the slots of a template sentence in a paragraph of the document. First the whole sentence, word for
 * word (a report made from the template and not reworded); failing that, each slot by the words just before
 * and after it, so that rewording elsewhere in the sentence does not matter. A slot found with fewer words
 * around it than the template has is weak: the clerk confirms it, adopt does not wrap it.
 *
 * @example alignSentence(piecesOf(parseInline("đạt {fig:k}."), …), "Tỷ lệ đạt 99,36%.")
 * // → [{ slot: …k, start: 10, end: 16, text: "99,36%", strength: "strong" }]
 */
export function alignSentence(pieces: readonly Piece[], text: string): readonly AlignedSlot[] {
  return alignWhole(pieces, text) ?? alignBySlots(pieces, text);
}

/** The whole sentence, word for word, or nothing. */
export const alignWhole = (pieces: readonly Piece[], text: string): readonly AlignedSlot[] | undefined =>
  wholeSentence(pieces, foldText(text), text);

/** Each slot by the words around it. */
export const alignBySlots = (pieces: readonly Piece[], text: string): readonly AlignedSlot[] =>
  slotBySlot(pieces, foldText(text), text);

const slotGroup = (slot: Slot, last: boolean): string =>
  slot.def && "type" in slot.def && slot.def.type === "text" && last
    ? "([^]+?)(?=[.;:]? ?$)"
    : `(${slotShape(slot)})`;

function wholeSentence(
  pieces: readonly Piece[],
  folded: FoldedText,
  text: string,
): AlignedSlot[] | undefined {
  const source = pieces
    .map((p, i) => (p.kind === "text" ? literalPattern(p.text) : slotGroup(p.slot, i === pieces.length - 1)))
    .join("");
  const match = new RegExp(source, "diu").exec(folded.text);
  if (!match?.indices) return undefined;
  const out: AlignedSlot[] = [];
  let group = 1;
  for (const p of pieces) {
    if (p.kind !== "slot") continue;
    const at = match.indices[group++];
    if (!at || at[0] === at[1]) return undefined;
    out.push(found(folded, text, { slot: p.slot, at, strength: "strong" }));
  }
  return out;
}

type Hit = {
  readonly slot: Slot;
  readonly at: readonly [number, number];
  readonly strength: "strong" | "weak";
};

function found(folded: FoldedText, text: string, hit: Hit): AlignedSlot {
  const { slot, at, strength } = hit;
  let [s, e] = at;
  while (s < e && folded.text[s] === " ") s++;
  while (e > s && folded.text[e - 1] === " ") e--;
  const span = originalSpan(folded, s, e);
  return { slot, start: span.start, end: span.end, text: text.slice(span.start, span.end), strength };
}

function slotBySlot(pieces: readonly Piece[], folded: FoldedText, text: string): AlignedSlot[] {
  const out: AlignedSlot[] = [];
  let cursor = 0;
  pieces.forEach((p, i) => {
    if (p.kind !== "slot") return;
    const before =
      pieces[i - 1]?.kind === "text"
        ? words((pieces[i - 1] as { text: string }).text).slice(-ANCHOR_WORDS)
        : [];
    const after =
      pieces[i + 1]?.kind === "text"
        ? words((pieces[i + 1] as { text: string }).text).slice(0, ANCHOR_WORDS)
        : [];
    const hit = bestAnchors(p.slot, folded, { before, after, from: cursor, last: i === pieces.length - 1 });
    if (!hit) return;
    out.push(found(folded, text, { slot: p.slot, at: hit.at, strength: hit.strength }));
    cursor = hit.at[1];
  });
  return out;
}

type AnchorQuery = {
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly from: number;
  readonly last: boolean;
};

/** The slot with as many of its neighbouring words as the paragraph has, trying fewer when more fail. */
function bestAnchors(
  slot: Slot,
  folded: FoldedText,
  q: AnchorQuery,
): { at: [number, number]; strength: "strong" | "weak" } | undefined {
  const full = Math.min(2, q.before.length) + Math.min(2, q.after.length);
  for (let nb = q.before.length; nb >= 0; nb--) {
    for (let na = q.after.length; na >= 0; na--) {
      if (nb + na === 0) continue;
      const strong =
        Math.min(nb, 2) + Math.min(na, 2) >= full &&
        nb >= Math.min(2, q.before.length) &&
        na >= Math.min(2, q.after.length);
      const source =
        (nb > 0
          ? `${q.before
              .slice(-nb)
              .map((w) => literalPattern(w))
              .join(" ?")} ?`
          : "") +
        slotGroup(slot, q.last && na === 0) +
        (na > 0
          ? ` ?${q.after
              .slice(0, na)
              .map((w) => literalPattern(w))
              .join(" ?")}`
          : "");
      const pattern = new RegExp(source, "dgiu");
      pattern.lastIndex = q.from;
      const match = pattern.exec(folded.text);
      const at = match?.indices?.[1];
      if (at && at[0] < at[1]) return { at: [at[0], at[1]], strength: strong ? "strong" : "weak" };
    }
  }
  return undefined;
}
