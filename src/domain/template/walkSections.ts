import type { Section } from "./types";

/**
 * Every section of an outline in document order, with its depth (0 for the Roman parts).
 *
 * @example walkSections(cchcQuarterlySct.sections).slice(0, 2).map((s) => [s.section.id, s.depth]) // → [["I", 0], ["I.1", 1]]
 */
export function walkSections(
  sections: readonly Section[],
  depth = 0,
): { readonly section: Section; readonly depth: number }[] {
  return sections.flatMap((section) => [{ section, depth }, ...walkSections(section.children, depth + 1)]);
}
