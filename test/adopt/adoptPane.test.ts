/**
 * The pane's adopt over the headless Word, as the task pane calls it (createReportDocument): the preview
 * writes nothing, a figure whose sentence was reworded is listed weak and wrapped only once confirmed, and the
 * wrapping is one `Word.run`.
 */
import { openDocx, type DocxHost } from "../../src/docx";
import { parseTag } from "../../src/domain/tags";
import { createReportDocument } from "../../src/taskpane/services/createReportDocument";
import type { ReportDocument } from "../../src/taskpane/services/ReportDocument";
import { WordSession, scanDocument } from "../../src/word";
import { adoptReport } from "../../src/word/operations/adoptReport";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { agency, draftedDocx, q1, stripped, template, variedFigures } from "./clerkDocuments";

const sessionOf = (host: DocxHost) => new WordSession((b) => host.run(b), { customXmlParts: true });
const paneOf = (host: DocxHost): ReportDocument =>
  createReportDocument({
    session: sessionOf(host),
    template,
    renderer: shippedRenderer,
    now: () => new Date(0),
  });

let typed: Uint8Array;
/** The typed report with the word just before one prose figure reworded: that figure can only match weakly. */
let reworded: { bytes: Uint8Array; tag: string; value: string };

beforeAll(async () => {
  typed = await stripped(await draftedDocx(variedFigures(11)));
  const host = await openDocx(typed);
  const { plan } = await adoptReport(sessionOf(host), {
    template,
    agency,
    period: q1,
    now: new Date(0),
    preview: true,
  });
  const target = plan!.inlines.find(
    (x) =>
      x.kind === "fig" &&
      "paragraph" in x &&
      /^\d/.test(x.text) &&
      /[\p{L}]{3,} $/u.test(x.paragraphText.slice(0, x.start)),
  )!;
  const before = /([\p{L}]+) $/u.exec(target.paragraphText.slice(0, target.start))![1]!;
  await host.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items");
    await context.sync();
    const paragraph = paragraphs.items[(target as { paragraph: number }).paragraph]!;
    const around = paragraph.search(`${before} ${target.text}`, { matchCase: true }).getFirst();
    around.search(before, { matchCase: true }).getFirst().insertText("khoảng chừng", "Replace");
    await context.sync();
  });
  reworded = { bytes: await host.save(), tag: target.tag, value: target.text };
}, 120_000);

it("the preview reads the report in one sync and writes nothing", async () => {
  const host = await openDocx(typed);
  const pane = paneOf(host);
  expect(await pane.status()).toEqual({ kind: "foreign" });
  const summary = await pane.previewAdopt({ agency });
  expect(summary.applied).toBe(false);
  expect(summary.syncs).toBe(1);
  expect(summary.period).toEqual(q1);
  expect(summary.counts.tables).toEqual({ found: 11, expected: 11 });
  expect(summary.sections[0]).toMatch(/^I\. CÔNG TÁC CHỈ ĐẠO/);
  expect(summary.periodPhrases).toContain("Quí I năm 2021");
  expect((await scanDocument(sessionOf(host))).controls.size).toBe(0);
  expect(await pane.status()).toEqual({ kind: "foreign" });
});

it("lists a figure whose sentence was reworded for the clerk, in words, and leaves it alone unless confirmed", async () => {
  const host = await openDocx(reworded.bytes);
  const pane = paneOf(host);
  const summary = await pane.previewAdopt({ agency });
  const weak = summary.weak.find((w) => w.tag === reworded.tag);
  expect(weak?.message).toContain(reworded.value);
  expect(weak?.message).not.toMatch(/bc:|\bfig\b/);
  const adopted = await pane.adopt({ agency, confirmed: new Set() });
  expect(adopted.applied).toBe(true);
  expect((await scanDocument(sessionOf(host))).controls.has(reworded.tag)).toBe(false);
});

it("wraps the confirmed weak figure with the value the document shows, in one Word.run of at most 3 syncs", async () => {
  const host = await openDocx(reworded.bytes);
  const pane = paneOf(host);
  const runs = jest.spyOn(host, "run");
  const adopted = await pane.adopt({ agency, confirmed: new Set([reworded.tag]) });
  expect(runs).toHaveBeenCalledTimes(1);
  expect(adopted.applied).toBe(true);
  expect(adopted.syncs).toBeLessThanOrEqual(3);
  const scan = await scanDocument(sessionOf(host));
  expect(scan.controls.get(reworded.tag)?.map((c) => c.text)).toEqual([reworded.value]);
  expect(scan.metadata?.written[reworded.tag]).toBe(reworded.value);
  expect(parseTag(reworded.tag)?.kind).toBe("fig");
  expect(await pane.status()).toMatchObject({ kind: "report", source: "adopt", period: q1 });
});
