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
  // An issue of the whole input (a JSON array sent where the figures are due) is placed at the input itself.
  const place = describePlace(issue.path, template, lang, issue.params) || WHOLE[lang];
  return messages[issue.code](
    place,
    plainParams(issue.params ?? {}, template, lang),
  );
}

const WHOLE: Readonly<Record<Lang, string>> = { vi: "Nội dung số liệu gửi lên", en: "The figures sent" };
