import type { Issue } from "../issues/Issue";

/**
 * Issues of a paste in reading order: by line, then by column (issues without a line come first).
 *
 * @example sortIssues([at(3, 1), at(1, 2)]) // → [at(1, 2), at(3, 1)]
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const at = (i: Issue, k: number) => (typeof i.path[k] === "number" ? (i.path[k] as number) : -1);
  return [...issues].sort((a, b) => at(a, 1) - at(b, 1) || at(a, 2) - at(b, 2));
}
