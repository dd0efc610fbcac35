import type { ProblemIssue } from "../../api/contract";
import { PROBLEM_KINDS, type ProblemKind } from "./problemKinds";

/**
 * Thrown by a handler to answer with a problem: the error handler turns it into `application/problem+json`.
 * `detail` says what happened to this request; the title comes from the kind.
 */
export class HttpProblem extends Error {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly detail: string | undefined;
  readonly issues: readonly ProblemIssue[] | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(kind: ProblemKind, options: { detail?: string; issues?: readonly ProblemIssue[]; headers?: Record<string, string> } = {}) {
    super(options.detail ?? PROBLEM_KINDS[kind].title);
    this.name = "HttpProblem";
    this.kind = kind;
    this.status = PROBLEM_KINDS[kind].status;
    this.detail = options.detail;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }
}
