import type { Strings } from "../i18n/strings.vi";

/** What the pane says when something failed: what happened, and what the clerk can do about it. */
export type Failure = {
  readonly intent: "error" | "warning";
  readonly title: string;
  readonly detail: string;
  readonly action: string;
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

/** The message of an error, when it has one worth showing (the API client's are Vietnamese sentences). */
export function errorDetail(error: unknown, t: Strings): string {
  const message = asErrorLike(error).message;
  if (typeof message === "string" && message.trim() !== "") return message.trim();
  if (typeof error === "string" && error.trim() !== "") return error.trim();
  return t.failures.unknownDetail;
}

/** A failure of the open document (any exception from the ReportDocument). */
export function documentFailure(error: unknown, t: Strings): Failure {
  return {
    intent: "error",
    title: t.failures.documentTitle,
    detail: errorDetail(error, t),
    action: t.failures.documentAction,
  };
}

/** A failure of the figures service, by kind. */
export function serviceFailure(error: unknown, t: Strings): Failure {
  const f = t.failures;
  const detail = errorDetail(error, t);
  switch (serviceErrorKind(error)) {
    case "unauthorized":
      return { intent: "error", title: f.unauthorizedTitle, detail, action: f.unauthorizedAction };
    case "timeout":
      return { intent: "warning", title: f.timeoutTitle, detail, action: f.timeoutAction };
    case "network":
      return { intent: "error", title: f.networkTitle, detail, action: f.networkAction };
    case "notFound":
      return { intent: "warning", title: f.notFoundTitle, detail, action: f.notFoundAction };
    case "invalidAnswer":
      return { intent: "error", title: f.invalidAnswerTitle, detail, action: f.invalidAnswerAction };
    case "other":
      return { intent: "error", title: f.serviceTitle, detail, action: f.serviceAction };
  }
}
