/** The shapes on the wire, shared by the figures service and its client: one truth, one OpenAPI document. */
export * from "./Agency";
export * from "./HistoryEntry";
export * from "./Import";
export * from "./PeriodEntry";
export * from "./Problem";
export * from "./ProblemIssue";
export * from "./ids";
