import type { Strings } from "../i18n/strings.vi";

/** What the pane says when something failed: what happened, and what the clerk can do about it. */
export type FailureWords = {
  readonly title: string;
  readonly detail: string;
  readonly action: string;
};

/**
 * A failure as the pane keeps it: its words are made when it is shown, in the language of that moment, so a
 * switch of language rewords every failure on screen (nothing is kept as text).
 */
export type Failure = {
  readonly intent: "error" | "warning";
  readonly words: (t: Strings) => FailureWords;
};

export type ServiceErrorKind =
  "unauthorized" | "timeout" | "network" | "notFound" | "invalidAnswer" | "other";

type ErrorLike = {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly kind?: unknown;
  readonly status?: unknown;
  readonly message?: unknown;
};

const asErrorLike = (error: unknown): ErrorLike =>
  typeof error === "object" && error !== null ? (error as ErrorLike) : {};

/**
 * Reads the kind of a figures-service failure from the API client's typed errors (by class name, code or
 * HTTP status), without importing the client: the pane only sees the `FiguresSource` capability.
 */
export function serviceErrorKind(error: unknown): ServiceErrorKind {
  const e = asErrorLike(error);
  const KINDS: readonly ServiceErrorKind[] = [
    "unauthorized",
    "timeout",
    "network",
    "notFound",
    "invalidAnswer",
  ];
  const known = KINDS.find((k) => k === e.kind);
  if (known) return known;
  const words = [e.name, e.code, e.kind].filter((w): w is string => typeof w === "string").join(" ");
  if (e.status === 401 || e.status === 403 || /unauthori[sz]ed|forbidden|\b401\b/i.test(words))
    return "unauthorized";
  if (/timeout|timed ?out|ETIMEDOUT|ECONNABORTED/i.test(words)) return "timeout";
  if (e.status === 404 || /not ?found/i.test(words)) return "notFound";
  if (/invalid|schema|validation|malformed/i.test(words)) return "invalidAnswer";
  if (/network|unreachable|connect|ECONNREFUSED|ENOTFOUND|fetch/i.test(words)) return "network";
  return "other";
}

/** An error that can say itself in either language (the API client's, an issue of the document). */
type Worded = { readonly messageIn: (lang: Strings["lang"]) => string };
const isWorded = (error: unknown): error is Worded =>
  typeof error === "object" && error !== null && typeof (error as Partial<Worded>).messageIn === "function";

/** The message of an error in the pane's language, when it has one worth showing. */
export function errorDetail(error: unknown, t: Strings): string {
  if (isWorded(error)) return error.messageIn(t.lang);
  const message = asErrorLike(error).message;
  if (typeof message === "string" && message.trim() !== "") return message.trim();
  if (typeof error === "string" && error.trim() !== "") return error.trim();
  return t.failures.unknownDetail;
}

/** A failure of the open document (any exception from the ReportDocument). */
export function documentFailure(error: unknown): Failure {
  return {
    intent: "error",
    words: (t) => ({
      title: t.failures.documentTitle,
      detail: errorDetail(error, t),
      action: t.failures.documentAction,
    }),
  };
}

/** A failure of the figures service, by kind. */
export function serviceFailure(error: unknown): Failure {
  const kind = serviceErrorKind(error);
  const of = (title: keyof Strings["failures"], action: keyof Strings["failures"]) => (t: Strings) => ({
    title: String(t.failures[title]),
    detail: errorDetail(error, t),
    action: String(t.failures[action]),
  });
  switch (kind) {
    case "unauthorized":
      return { intent: "error", words: of("unauthorizedTitle", "unauthorizedAction") };
    case "timeout":
      return { intent: "warning", words: of("timeoutTitle", "timeoutAction") };
    case "network":
      return { intent: "error", words: of("networkTitle", "networkAction") };
    case "notFound":
      return { intent: "warning", words: of("notFoundTitle", "notFoundAction") };
    case "invalidAnswer":
      return { intent: "error", words: of("invalidAnswerTitle", "invalidAnswerAction") };
    case "other":
      return { intent: "error", words: of("serviceTitle", "serviceAction") };
  }
}
