import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx } from "../../src/docx";
import { scanStaleDocument, selectFinding, WordSession } from "../../src/word";
import { runCliJson } from "../support/runCli";
import { seedParagraphs } from "../support/seedParagraphs";

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

describe("the stale-period scan in a document", () => {
  it("finds the seed's two stale sentences in one sync and selects each in the document", async () => {
    const host = await openDocx(await handWrittenReport());
    const session = new WordSession((batch) => host.run(batch), { customXmlParts: true });
    const { result: findings, syncs } = await session.measure((s) =>
      scanStaleDocument(s, { year: 2021, kind: "Q1" }),
    );
    expect(syncs).toBeLessThanOrEqual(2);
    expect(findings.map((f) => [f.sectionId, f.text])).toEqual([
      ["II.2.2.2.c", "Quí I/2020"],
      ["III.3.t1", "Quý I năm 2020"],
    ]);
    for (const finding of findings) {
      expect(await selectFinding(session, finding)).toBe(true);
      expect(host.selection).toMatchObject({ kind: "range", text: finding.text });
    }
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
