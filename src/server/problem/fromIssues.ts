import type { ProblemIssue } from "../../api/contract";
import type { Issue } from "../../domain/issues/Issue";
import { formatIssue } from "../../domain/issues/formatIssue";
import type { Template } from "../../domain/template/types";

/**
 * Domain issues as they travel: the same code, path and params, copied into plain JSON, with the
 * Vietnamese words of `messages.vi.ts` (places named by the template's labels) beside them.
 */
export const fromIssues = (issues: readonly Issue[], template?: Template): ProblemIssue[] =>
  issues.map((i) => ({
    code: i.code,
    path: [...i.path],
    ...(i.params === undefined ? {} : { params: { ...i.params } }),
    ...(i.severity === undefined ? {} : { severity: i.severity }),
    message: formatIssue(i, template, "vi"),
  }));
