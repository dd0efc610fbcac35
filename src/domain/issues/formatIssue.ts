import type { Template } from "../template/types";
import { describePlace, type Lang } from "./describePlace";
import type { Issue } from "./Issue";
import { plainParams } from "./plainParams";
import { messagesEn } from "./messages.en";
import { messagesVi } from "./messages.vi";

/**
 * The words of an issue, in Vietnamese by default.
 *
 * @example
 * formatIssue({ code: "figures.negative", path: ["fields", "II.1.vbqpplDraftsRegistered"], params: { value: -1 } }, t)
 * // → "Chỉ tiêu “Số văn bản QPPL đăng ký chủ trì soạn thảo” (II.1.vbqpplDraftsRegistered): không được âm (-1)."
 */
export function formatIssue(issue: Issue, template?: Template, lang: Lang = "vi"): string {
  const messages = lang === "vi" ? messagesVi : messagesEn;
  return messages[issue.code](
    describePlace(issue.path, template, lang, issue.params),
    plainParams(issue.params ?? {}, template, lang),
  );
}
