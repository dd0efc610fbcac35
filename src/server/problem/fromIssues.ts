import type { ProblemIssue } from "../../api/contract";
import type { Issue } from "../../domain/issues/Issue";

/** Domain issues as they travel: the same code, path and params, copied into plain JSON. */
export const fromIssues = (issues: readonly Issue[]): ProblemIssue[] =>
  issues.map((i) => ({
    code: i.code,
    path: [...i.path],
    ...(i.params === undefined ? {} : { params: { ...i.params } }),
    ...(i.severity === undefined ? {} : { severity: i.severity }),
  }));
