import fixture from "../../../../test/fixtures/figures/sct-dongnai-2021-Q1.json";
import type { Section } from "../types";
import { cchcQuarterlySct } from "./index";
import { decisions } from "./decisions";
import { fields } from "./fields";

/** The numeric prose figures of template-spec §4 (prose-fields.json), keys exactly as there. */
const NUMERIC = [
  "I.1.target.budgetCutPerYearPct",
  "I.1.target.ktktNormsPct",
  "I.1.target.recurrentCostCutPct",
  "I.1.leadersUsingDigitalCertPct",
  "I.1.outgoingDocsDigitallySignedPct",
  "II.1.vbqpplDraftsRegistered",
  "II.2.1.a.procSetDecisionsCount",
  "II.2.1.b.simplifiedProcCount",
  "II.2.2.1.oneStopStaffMain",
  "II.2.2.1.oneStopStaffBackup",
  "II.2.2.1.onTimeRatePct",
  "II.2.2.2.c.lateFilesCount",
  "II.2.3.nationalPortalProcCount",
  "II.2.3.level4OnlinePct",
  "II.2.4.feedbackCount",
  "II.3.a.workRuleViolations",
  "II.6.staffTrainedOnDocSoftwarePct",
  "II.6.a.pcCoveragePct",
  "II.6.a.lanCoveragePct",
  "II.6.a.signedOutgoingDocs",
  "II.6.a.signedOutgoingPct",
  "II.6.c.egovOnlineProcs",
  "II.6.c.egovOnlinePct",
  "II.6.c.procReductionVsPrevYear",
];

const figuresIn = (sections: readonly Section[]): string[] =>
  sections.flatMap((s) => [
    ...[...(s.heading ?? []), ...s.body.flatMap((b) => (b.kind === "para" ? b.content : []))].flatMap((i) => (i.kind === "fig" ? [i.key] : [])),
    ...figuresIn(s.children),
  ]);

describe("fields", () => {
  it("define every numeric prose figure of §4, each under its own key", () => {
    expect(NUMERIC.filter((k) => !fields[k])).toEqual([]);
    expect(Object.entries(fields).filter(([key, def]) => def.key !== key)).toEqual([]);
  });

  it("cover every figure the sections place", () => {
    expect([...new Set(figuresIn(cchcQuarterlySct.sections))].filter((k) => !fields[k])).toEqual([]);
  });

  it("are all in the fixture, except what the add-in computes", () => {
    const input = Object.keys(fields).filter((k) => !fields[k]?.computed).sort();
    expect(Object.keys(fixture.fields).sort()).toEqual(input);
  });

  it("give counts stated in words a phrase for zero", () => {
    expect(Object.values(fields).filter((f) => f.phrase).map((f) => f.key)).toEqual(["II.2.4.feedbackCount", "II.3.a.workRuleViolations"]);
  });

  it("compute the Egov percent from its ratio", () => {
    expect(fields["II.6.c.egovOnlinePct"]?.computed).toEqual({ op: "ratioPct", of: "II.6.c.egovOnlineProcs" });
  });
});

describe("decisions", () => {
  it("record a choice for each inconsistency of §7 the template meets", () => {
    const refs = decisions.map((d) => d.ref);
    expect(["A1", "A2", "A3", "A4", "A5", "D2", "D3", "D5", "B1", "B2"].filter((r) => !refs.includes(r))).toEqual([]);
  });
});
