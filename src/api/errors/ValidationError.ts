import type { ProblemIssue } from "../contract";
import { ApiError, type ApiErrorInit } from "./ApiError";

/**
 * The service refused what was sent (422 invalid figures, 400 invalid request) and said why: every issue
 * as data (code, path, params), for `formatIssue` to word in the clerk's language.
 */
export class ValidationError extends ApiError {
  readonly kind = "validation";
  readonly issues: readonly ProblemIssue[];

  constructor(init: ApiErrorInit & { readonly issues?: readonly ProblemIssue[] } = {}) {
    super("validation", { ...init, count: init.issues?.length ?? 0 });
    this.name = "ValidationError";
    this.issues = init.issues ?? [];
  }
}
