import type { Section } from "./types";

/**
 * A section of the template by id, at any depth.
 *
 * @example findSection(cchcQuarterlySct.sections, "I.1")?.number // → "1."
 */
export function findSection(sections: readonly Section[], id: string): Section | undefined {
  for (const section of sections) {
    if (section.id === id) return section;
    const inner = findSection(section.children, id);
    if (inner) return inner;
  }
  return undefined;
}
