import { formatIssue, type Issue } from "../../domain/issues";
import type { Template } from "../../domain/template/types";
import type { Lang } from "../context/LanguageContext";

/** The words of an issue (formatIssue, naming the figure or the table/row/column): every code has its wording. */
export function wordIssue(issue: Issue, template: Template | undefined, lang: Lang): string {
  return formatIssue(issue, template, lang);
}
