import type { Problem, ProblemIssue } from "../../api/contract";
import { HttpProblem } from "./HttpProblem";
import { RequestValidationError } from "./RequestValidationError";
import { PROBLEM_KINDS, problemType, type ProblemKind } from "./problemKinds";

/** Fastify's own error codes, by the kind of problem they are. */
const FASTIFY_CODES: Readonly<Record<string, ProblemKind>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid-json",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid-json",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload-too-large",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "invalid-request",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported-media-type",
  FST_ERR_CTP_INVALID_TYPE: "unsupported-media-type",
  FST_ERR_VALIDATION: "invalid-request",
};

const ENGLISH_DETAIL: Partial<Record<ProblemKind, string>> = {
  "invalid-json": "The body is not valid JSON.",
  "payload-too-large": "The body is larger than the service accepts.",
  "unsupported-media-type": "This content type is not accepted here.",
};

export type ProblemAnswer = { readonly problem: Problem; readonly headers: Readonly<Record<string, string>>; readonly unexpected: boolean };

/**
 * Any error, as the problem the client is told about. Only our own problems and fastify's known 4xx
 * errors say what happened; anything else is a 500 whose detail reveals nothing (no message, no stack).
 */
export function toProblem(error: unknown): ProblemAnswer {
  if (error instanceof HttpProblem) {
    return { problem: build(error.kind, error.detail, error.issues), headers: error.headers, unexpected: false };
  }
  if (error instanceof RequestValidationError) {
    return { problem: build("invalid-request", `Tham số không hợp lệ (${error.part}).`, error.issues), headers: {}, unexpected: false };
  }
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const kind = typeof code === "string" ? FASTIFY_CODES[code] : undefined;
  if (kind) return { problem: build(kind, ENGLISH_DETAIL[kind]), headers: {}, unexpected: false };
  const status = typeof error === "object" && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return { problem: { ...build("invalid-request"), status }, headers: {}, unexpected: false };
  }
  return { problem: build("internal"), headers: {}, unexpected: true };
}

function build(kind: ProblemKind, detail?: string, issues?: readonly ProblemIssue[]): Problem {
  const { status, title } = PROBLEM_KINDS[kind];
  return {
    type: problemType(kind),
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(issues === undefined ? {} : { issues: [...issues] }),
  };
}
