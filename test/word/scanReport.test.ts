/**
 * One scan-and-report: `baocao scan` and the pane's outline both list the document's problems through
 * scanReport, so a control deleted by hand is the same problem in both.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { openDocx } from "../../src/docx";
import { saveDocument } from "../../src/cli/documentIo";
import { scanCommand } from "../../src/cli/commands/scanCommand";
import type { CliIo } from "../../src/cli/io";
import { findAgency } from "../../src/domain/template/agencies";
import { tableTag } from "../../src/domain/tags";
import { createReportDocument } from "../../src/taskpane/services/createReportDocument";
import { WordSession } from "../../src/word";
import { scanReport } from "../../src/word/operations/scanReport";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { agency, fixture, q1, template } from "../adopt/clerkDocuments";

const dir = mkdtempSync(join(tmpdir(), "baocao-scan-"));

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdin: Readable.from([]) };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("scanReport: the scan-and-report of `baocao scan` and the pane", () => {
  it("lists a deleted table control once, the same for the CLI's --json, the pane's outline and scanReport", async () => {
    const host = await openDocx();
    const session = new WordSession((batch) => host.run(batch), { customXmlParts: true });
    const pane = createReportDocument({ session, template, renderer: shippedRenderer, now: () => new Date(Date.UTC(2021, 3, 5)) });
    await pane.insertTemplate({ agency, period: q1, figures: fixture });
    const findTemplate = (id: string) => (id === template.id ? template : undefined);

    const clean = await scanReport(session, shippedRenderer, { findTemplate, findAgency });
    expect(clean.issues).toEqual([]);
    expect(clean.stopped).toBe(false);

    const table = "T5";
    await host.run(async (context) => {
      context.document.contentControls.getByTag(tableTag(table)).getFirst().delete(true);
      await context.sync();
    });
    const report = await scanReport(session, shippedRenderer, { findTemplate, findAgency });
    expect(report.issues).toEqual([expect.objectContaining({ code: "doc.missingControl", params: { tag: tableTag(table) } })]);
    expect(report.byKind.tbl).toBe(Object.keys(template.tables).length - 1);

    const file = join(dir, "deleted-t5.docx");
    await saveDocument(host, file);
    const cli = fakeIo();
    expect(await scanCommand([file, "--json"], cli.io)).toBe(2);
    const printed = JSON.parse(cli.out()) as { issues: unknown[]; controls: unknown };
    expect(printed.issues).toEqual(JSON.parse(JSON.stringify(report.issues)));
    expect(printed.controls).toEqual(report.byKind);

    const outline = await pane.outline();
    const marked = outline.filter((entry) => entry.state === "issues").map((entry) => entry.id);
    expect(marked).toEqual([template.tables[table]!.sectionId]);
  }, 120_000);

  it("stops at a document with no control of ours, as one problem", async () => {
    const host = await openDocx();
    await host.run(async (context) => {
      context.document.body.insertParagraph("Báo cáo gõ tay", "End");
      await context.sync();
    });
    const session = new WordSession((batch) => host.run(batch), { customXmlParts: true });
    const report = await scanReport(session, shippedRenderer, { findTemplate: () => template, findAgency });
    expect(report.stopped).toBe(true);
    expect(report.issues.map((i) => i.code)).toEqual(["doc.notAdopted"]);
  }, 60_000);
});
