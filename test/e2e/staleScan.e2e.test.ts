import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx } from "../../src/docx";
import { findAgency } from "../../src/domain/template/agencies";
import { findTemplate } from "../../src/domain/template/registry";
import { selectFinding, WordSession } from "../../src/word";
import { checkReport, draftReport } from "../../src/word/operations";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { SYNC_BUDGET } from "../../bench/operations.bench";
import { runCliJson } from "../support/runCli";
import { seedParagraphs } from "../support/seedParagraphs";
import { q1Input } from "../render/reportInput";

const dir = mkdtempSync(join(tmpdir(), "baocao-stale-"));

/** Last quarter's report as a clerk typed it, without the add-in: the seed's paragraphs in a plain .docx. */
async function handWrittenReport(): Promise<Uint8Array> {
  const paragraphs = seedParagraphs();
  const host = await openDocx();
  await host.run(async (context) => {
    for (const text of paragraphs) context.document.body.insertParagraph(text, "End");
    await context.sync();
  });
  return host.save();
}

describe("the stale-period scan in a document (the check the pane and baocao check run)", () => {
  it("finds the seed's two stale sentences within the check's sync budget and selects each in the document", async () => {
    const host = await openDocx(await handWrittenReport());
    const session = new WordSession((batch) => host.run(batch), { customXmlParts: true });
    const { result: report, syncs } = await session.measure((s) =>
      checkReport(s, shippedRenderer, { findTemplate, findAgency, period: { year: 2021, kind: "Q1" } }),
    );
    expect(syncs).toBeLessThanOrEqual(SYNC_BUDGET.check);
    const findings = report.entries.flatMap((e) => (e.finding ? [e.finding] : []));
    expect(findings.map((f) => [f.sectionId, f.text])).toEqual([
      ["II.2.2.2.c", "Quí I/2020"],
      ["III.3.t1", "Quý I năm 2020"],
    ]);
    for (const finding of findings) {
      expect(await selectFinding(session, finding)).toBe(true);
      expect(host.selection).toMatchObject({ kind: "range", text: finding.text });
    }
  });

  it("checks the add-in's own report, with its metadata and every control, within the same budget", async () => {
    const host = await openDocx();
    const session = new WordSession((batch) => host.run(batch), { customXmlParts: true });
    await draftReport(session, shippedRenderer, { input: q1Input(), now: new Date("2021-03-03T08:00:00Z") });
    const { result: report, syncs } = await session.measure((s) =>
      checkReport(s, shippedRenderer, { findTemplate, findAgency }),
    );
    expect(syncs).toBeLessThanOrEqual(SYNC_BUDGET.check);
    expect(report.period).toEqual({ year: 2021, kind: "Q1" });
    expect(report.entries.map((e) => e.issue.code)).not.toContain("doc.noMetadata");
    expect(report.entries.filter((e) => e.finding)).toEqual([]);
  });

  it("baocao check --period runs it on a report the add-in did not make", async () => {
    const file = join(dir, "quy-I-2021-go-tay.docx");
    writeFileSync(file, await handWrittenReport());
    const { code, json } = await runCliJson<{
      ready: boolean;
      items: { code: string; path: unknown[]; message: string }[];
    }>("check", file, "--period", "2021-Q1");
    expect(code).toBe(1);
    const stale = json.items.filter((i) => i.code === "ready.stalePeriod");
    expect(stale.map((i) => i.path)).toEqual([
      ["sections", "II.2.2.2.c"],
      ["sections", "III.3.t1"],
    ]);
    expect(stale[0]?.message).toContain("Quí I/2020");
  });
});
