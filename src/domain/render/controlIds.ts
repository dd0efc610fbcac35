/**
 * Hands out the `w:id` of every content control of one render. Word requires the ids to be unique and renumbers
 * duplicates on insertion, and the add-in never finds a control by id (DESIGN.md), so a counter is enough.
 */
export type ControlIds = { readonly next: () => number };

/**
 * @example
 * const ids = controlIds(); ids.next(); // → 1001
 */
export function controlIds(first = 1001): ControlIds {
  let n = first;
  return { next: () => n++ };
}
