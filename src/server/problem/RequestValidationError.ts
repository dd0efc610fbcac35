import type { ProblemIssue } from "../../api/contract";

/** A request part (params, query) that does not fit its schema; carries every issue found, as data. */
export class RequestValidationError extends Error {
  readonly issues: readonly ProblemIssue[];
  readonly part: string;

  constructor(part: string, issues: readonly ProblemIssue[]) {
    super(`invalid ${part}`);
    this.name = "RequestValidationError";
    this.part = part;
    this.issues = issues;
  }
}
