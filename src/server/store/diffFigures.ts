import type { Change } from "../../api/contract";
import type { Figures } from "../../domain/figures/schema";
import { flattenFigures } from "./flattenFigures";

/**
 * The figures that differ between two datasets, old → new, in the new dataset's order then the removed ones.
 * An absent figure and a null one are the same: nothing to report.
 *
 * @example
 * diffFigures(undefined, next) // every non-null figure of next, from null
 */
export function diffFigures(before: Figures | undefined, after: Figures): Change[] {
  const old = flattenFigures(before);
  const next = flattenFigures(after);
  const changes: Change[] = [];
  for (const [key, newValue] of next) {
    const oldValue = old.get(key) ?? null;
    if (JSON.stringify(oldValue) !== JSON.stringify(newValue)) changes.push({ key, oldValue, newValue });
  }
  for (const [key, oldValue] of old) {
    if (!next.has(key) && oldValue !== null) changes.push({ key, oldValue, newValue: null });
  }
  return changes;
}
