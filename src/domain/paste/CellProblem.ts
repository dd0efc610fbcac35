import type { IssueCode, IssueParams, Severity } from "../issues/Issue";

/** What is wrong with one pasted cell, before it is given its place (row, column) in the paste. */
export type CellProblem = {
  readonly code: IssueCode;
  readonly params: IssueParams;
  readonly severity?: Severity;
};

/** A cell read as a value, or the problem that kept it from being read. */
export type CellRead<T> = { readonly value: T } | { readonly problem: CellProblem };

/** @example problem("paste.badNumber", { value: "abc" }) // → { problem: { code: "paste.badNumber", params: { value: "abc" } } } */
export const problem = (code: IssueCode, params: IssueParams, severity?: Severity): { readonly problem: CellProblem } => ({
  problem: severity === undefined ? { code, params } : { code, params, severity },
});
