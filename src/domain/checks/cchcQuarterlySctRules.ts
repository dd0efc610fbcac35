import type { CrossRule } from "./CrossRule";

/**
 * The cross-field rules of the shipped template, `cchc-quarterly-sct` (template-spec §3, §4). Impossible
 * figures are errors; figures that two tables may count differently are warnings.
 */
export const cchcQuarterlySctRules: readonly CrossRule[] = [
  { kind: "notGreater", ref: "A3", severity: "error", table: "T8", part: "c2", whole: "c1" },
  { kind: "notGreater", severity: "error", table: "T8", part: "c4", whole: "c3" },
  { kind: "notGreater", severity: "error", table: "T8", part: "c5", whole: "c3" },
  { kind: "notGreater", severity: "error", table: "T8", part: "c6", whole: "c5" },
  {
    kind: "sameValue",
    ref: "A4",
    severity: "warning",
    cell: { table: "T8", row: 0, column: "c3" },
    other: { table: "T3", row: 1, column: "c3" },
  },
  { kind: "sameValue", severity: "warning", cell: { table: "T4", row: 0, column: "c3" }, other: { table: "T4", row: 0, column: "c6" } },
  {
    kind: "sameValue",
    severity: "warning",
    cell: { table: "T4", row: 0, column: "dvsnBienChe" },
    other: { table: "T4", row: 0, column: "bcDvsn" },
  },
  { kind: "fieldIsColumnSum", severity: "error", field: "II.6.a.signedOutgoingDocs", table: "T9", column: "c7" },
  { kind: "rowNotGreater", severity: "error", table: "T10", part: 1, whole: 0, columns: ["c3", "c4"] },
];

/** The rules of each template by id; a template without an entry has only the rules its structure implies. */
export const rulesByTemplate: Readonly<Record<string, readonly CrossRule[]>> = {
  "cchc-quarterly-sct": cchcQuarterlySctRules,
};
