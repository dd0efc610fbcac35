/**
 * Never "" into a control (Word shows its placeholder text, office-js#1515): a blank is written as a visible
 * mark, and the check before signing lists every control that prints it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx } from "../../src/docx";
import type { Figures } from "../../src/domain/figures/schema";
import { formatIssue } from "../../src/domain/issues/formatIssue";
import { figureTag } from "../../src/domain/tags";
import { findAgency } from "../../src/domain/template/agencies";
import { findTemplate } from "../../src/domain/template/registry";
import { BLANK_MARK, capabilitiesOf, textRead, WordSession } from "../../src/word";
import { checkReport, draftReport, refreshReport } from "../../src/word/operations";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { q1Input } from "../render/reportInput";
import { runCliJson } from "../support/runCli";

const now = new Date("2021-03-03T08:00:00Z");

/** T1 with `n` rows whose last two columns (văn bản quy định, cấu hình) have no value. */
const withT1Rows = (n: number) => (f: Figures): Figures => ({
  ...f,
  tables: {
    ...f.tables,
    T1: { rows: Array.from({ length: n }, (_, i) => ({ c2: `Thủ tục ${i + 1}`, c3: "UBND tỉnh", c4: "Sở Công Thương", c5: "Công an tỉnh", c6: null, c7: null })) },
  },
});

async function refreshedWithBlanks() {
  const host = await openDocx(undefined, { profile: "office2021" });
  const session = new WordSession((batch) => host.run(batch), capabilitiesOf((n, v) => host.isSetSupported(n, v)));
  await draftReport(session, shippedRenderer, { input: q1Input(), now });
  await refreshReport(session, shippedRenderer, { input: q1Input(withT1Rows(7)), now, dryRun: false, overwrite: new Set() });
  return { host, session };
}

describe("a blank value in a control", () => {
  it("is the visible mark, not an empty text nor Word's placeholder", () => {
    expect(BLANK_MARK.trim()).not.toBe("");
    expect(BLANK_MARK).not.toMatch(/^[\s\u00a0\u200b]*$/u);
    expect(textRead(BLANK_MARK)).toBe("");
  });

  it("written by a refresh (new T1 rows without a value) prints the mark, and the check lists each such cell", async () => {
    const { host, session } = await refreshedWithBlanks();
    const texts = await host.run(async (ctx) => {
      const controls = ctx.document.contentControls.load("items/tag,items/text");
      await ctx.sync();
      return new Map(controls.items.map((c) => [c.tag, c.text]));
    });
    expect(texts.get(figureTag("T1.r7.c6"))).toBe(BLANK_MARK);
    expect(texts.get(figureTag("T1.r6.c7"))).toBe(BLANK_MARK);
    // Every cell of the new rows was written through the API: none of them reads "" or Word's placeholder.
    const newRows = [...texts].filter(([tag]) => /^bc:fig:T1\.r[67]\./.test(tag));
    expect(newRows).toHaveLength(12);
    expect(newRows.filter(([, t]) => t === "" || /enter text/i.test(t))).toEqual([]);

    const report = await checkReport(session, shippedRenderer, { findTemplate, findAgency });
    const marked = report.entries.filter((e) => e.issue.code === "ready.blankMark").map((e) => e.tag);
    expect(marked).toEqual(expect.arrayContaining([figureTag("T1.r6.c6"), figureTag("T1.r6.c7"), figureTag("T1.r7.c6"), figureTag("T1.r7.c7")]));
    // Listed once, by its control: the paragraph holding the mark is not also a "placeholder left".
    expect(report.entries.filter((e) => e.issue.code === "ready.placeholderLeft")).toEqual([]);
    const line = formatIssue(report.entries.find((e) => e.tag === figureTag("T1.r7.c6"))!.issue, findTemplate(undefined), "vi");
    expect(line).toContain(`“${BLANK_MARK}”`);
    expect(line).not.toContain("bc:");
  });

  it("baocao check lists the marked cells of a saved report", async () => {
    const { host } = await refreshedWithBlanks();
    const file = join(mkdtempSync(join(tmpdir(), "baocao-blank-")), "report.docx");
    writeFileSync(file, await host.save());
    const { json } = await runCliJson<{ items: { code: string; tag?: string; severity?: string }[] }>("check", file, "--api", "office2021");
    const marked = json.items.filter((i) => i.code === "ready.blankMark");
    expect(marked.map((i) => i.tag)).toEqual(expect.arrayContaining([figureTag("T1.r7.c6"), figureTag("T1.r7.c7")]));
    expect(json.items.filter((i) => i.code === "ready.blankForClerk").map((i) => i.tag)).toEqual(["bc:hdr:docNumber", "bc:hdr:issueDate"]);
  });
});
