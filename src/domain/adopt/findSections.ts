import type { ViewBlock, ViewParagraph } from "./DocumentView";
import { foldText, similarity, wordsOf } from "./foldText";
import { alignWhole } from "./alignSentence";
import { literalOf, type ExpectedSection } from "./reportPattern";

/** Where a section starts in the document, and how surely. */
export type SectionAnchor = {
  readonly expected: ExpectedSection;
  /** Position among the document's blocks of its heading (or first paragraph). */
  readonly position: number;
  /** 2 when the heading was split over two paragraphs. */
  readonly blocks: 1 | 2;
  readonly score: number;
};

const STRONG = 0.8;
const WEAK = 0.55;
/** How many words of a first paragraph identify a run-in item or a named block. */
const OPENING_WORDS = 12;

/** The paragraph's text with the number Word draws for a list item in front. */
const shown = (p: ViewParagraph): string => (p.listString ? `${p.listString} ${p.text}` : p.text);

/** The printed number folded for comparison: "II." → "ii", "a)" → "a", "- Thứ nhất:" → "- thứ nhất". */
const bareNumber = (number: string): string => foldText(number).text.replace(/[.):,;\s]+$/u, "");

/** Whether a folded text starts with a printed number, followed by its punctuation or a space. */
function startsWithNumber(folded: string, number: string): string | undefined {
  const bare = bareNumber(number);
  if (bare === "") return folded;
  if (!folded.startsWith(bare)) return undefined;
  const rest = folded.slice(bare.length);
  const after = /^[.):,;]?\s*/u.exec(rest)?.[0] ?? "";
  if (after === "" && rest !== "" && /^[\p{L}\p{N}]/u.test(rest)) return undefined;
  return rest.slice(after.length);
}

type Candidate = { readonly score: number; readonly blocks: 1 | 2 };

/** How well paragraph(s) at a position read as the section's heading or opening. */
function candidateAt(
  view: readonly ViewBlock[],
  position: number,
  expected: ExpectedSection,
): Candidate | undefined {
  const block = view[position];
  if (block?.kind !== "para") return undefined;
  const number = expected.section.number;
  const opening = expected.heading ?? expected.paragraphs[0]?.pieces;
  if (!opening) return undefined;
  const expectedWords = wordsOf(literalOf(opening)).slice(
    bareWords(number),
    expected.heading ? undefined : bareWords(number) + OPENING_WORDS,
  );
  const rest = startsWithNumber(foldText(shown(block)).text.trim(), number);
  if (rest === undefined) return undefined;
  if (!expected.heading && alignWhole(opening, shown(block))) return { score: 1, blocks: 1 };
  const limit = (w: string[]) => (expected.heading ? w : w.slice(0, OPENING_WORDS));
  const one = similarity(expectedWords, limit(wordsOf(rest)));
  const next = view[position + 1];
  if (expected.heading && one < STRONG && next?.kind === "para") {
    const two = similarity(expectedWords, wordsOf(`${rest} ${next.text}`));
    if (two > one) return { score: two, blocks: 2 };
  }
  return { score: one, blocks: 1 };
}

const bareWords = (number: string): number => wordsOf(number).length;

/**
 * Finds each section of the template in document order by its printed number and heading — Word's list
 * numbering included, spelling variants folded (Quí/Quý/Qúy, "06"/"6 tháng", spaces), a heading split over two
 * paragraphs joined — or, for run-in items and named blocks, by the opening words of their first paragraph.
 * A section found only weakly is returned apart, for the clerk to confirm.
 *
 * @example findSections(view, pattern.sections).anchors.map((a) => a.expected.section.id) // → ["I", "I.1", …]
 */
export function findSections(
  view: readonly ViewBlock[],
  sections: readonly ExpectedSection[],
): { readonly anchors: readonly SectionAnchor[]; readonly weak: readonly SectionAnchor[] } {
  const anchors: SectionAnchor[] = [];
  const weak: SectionAnchor[] = [];
  let cursor = 0;
  for (const expected of sections) {
    let best: SectionAnchor | undefined;
    for (let position = cursor; position < view.length; position++) {
      const c = candidateAt(view, position, expected);
      if (!c) continue;
      if (c.score >= STRONG) {
        best = { expected, position, blocks: c.blocks, score: c.score };
        break;
      }
      if (c.score >= WEAK && (!best || c.score > best.score))
        best = { expected, position, blocks: c.blocks, score: c.score };
    }
    if (best && best.score >= STRONG) {
      anchors.push(best);
      cursor = best.position + best.blocks;
    } else if (best) weak.push(best);
  }
  return { anchors, weak };
}
