import { formatIssue, type Issue } from "../../domain/issues";
import type { Template } from "../../domain/template/types";

/**
 * A refusal of the document (a roll-forward with nothing to roll, a figure no longer in the report) as the
 * pane receives it: the issue itself, worded only when shown, in the language shown then.
 */
export class IssueError extends Error {
  constructor(
    readonly issue: Issue,
    private readonly template: Template | undefined,
  ) {
    super(formatIssue(issue, template, "vi"));
    this.name = "IssueError";
  }

  messageIn(lang: "vi" | "en"): string {
    return formatIssue(this.issue, this.template, lang);
  }
}
