import { formatIssue, type Issue } from "../../domain/issues";
import type { Template } from "../../domain/template/types";
import type { Lang } from "../context/LanguageContext";

/**
 * The words of an issue (formatIssue, naming the figure or the table/row/column). An issue code the wording
 * tables do not know yet still shows, as its code and place, rather than breaking the pane.
 */
export function wordIssue(issue: Issue, template: Template | undefined, lang: Lang): string {
  try {
    return formatIssue(issue, template, lang);
  } catch {
    return `${issue.code} (${issue.path.join(" › ")})`;
  }
}
