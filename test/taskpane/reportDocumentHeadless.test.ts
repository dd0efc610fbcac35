/**
 * The pane's service (createReportDocument) over the headless Word, as the playground runs it: no jest.fn in
 * between, so what the pane is told is what the src/word operations did to a real document.
 */
import { openDocx, type DocxHost } from "../../src/docx";
import { describeTag } from "../../src/domain/issues/describePlace";
import { formatIssue } from "../../src/domain/issues/formatIssue";
import { sectionOfTag } from "../../src/domain/outline";
import { cellTag, sectionTag, tableTag } from "../../src/domain/tags";
import { walkSections } from "../../src/domain/template/walkSections";
import { createReportDocument } from "../../src/taskpane/services/createReportDocument";
import type { ReportDocument } from "../../src/taskpane/services/ReportDocument";
import { WordSession } from "../../src/word";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { agency, fixture, q1, template } from "../adopt/clerkDocuments";

const paneOn = (host: DocxHost, lang: "vi" | "en" = "vi"): ReportDocument =>
  createReportDocument({
    session: new WordSession((batch) => host.run(batch), { customXmlParts: true }),
    template,
    renderer: shippedRenderer,
    now: () => new Date(Date.UTC(2021, 3, 5)),
    lang,
  });

async function filledReport(): Promise<{ host: DocxHost; pane: ReportDocument }> {
  const host = await openDocx();
  const pane = paneOn(host);
  await pane.insertTemplate({ agency, period: q1, figures: fixture });
  return { host, pane };
}

describe("the pane's ReportDocument over the headless Word", () => {
  it("tells a blank document from one typed by hand, and a report from both", async () => {
    const blank = await openDocx();
    expect(await paneOn(blank).status()).toEqual({ kind: "blank" });

    const typed = await openDocx();
    await typed.run(async (context) => {
      context.document.body.insertParagraph("Báo cáo quý I gõ tay", "End");
      await context.sync();
    });
    expect(await paneOn(typed).status()).toEqual({ kind: "foreign" });

    const { pane } = await filledReport();
    expect(await pane.status()).toMatchObject({ kind: "report", agencyId: agency.id, period: q1 });
  }, 120_000);

  it("outlines every section filled, and marks the section whose table control the clerk deleted", async () => {
    const { host, pane } = await filledReport();
    const before = await pane.outline();
    expect(before.length).toBeGreaterThan(10);
    expect(before.every((entry) => entry.state === "filled")).toBe(true);

    const table = Object.keys(template.tables)[0]!;
    // The section whose body holds the table (a named block such as "II.2.1.a#lienthong").
    const sectionId = walkSections(template.sections).find(({ section }) =>
      section.body.some((block) => block.kind === "table" && block.table === table),
    )!.section.id;
    await host.run(async (context) => {
      context.document.contentControls.getByTag(tableTag(table)).getFirst().delete(false);
      await context.sync();
    });
    const after = await pane.outline();
    expect(after.find((entry) => entry.id === sectionId)?.state).toBe("issues");
    expect(after.filter((entry) => entry.state !== "filled").map((entry) => entry.id)).toEqual([sectionId]);
  }, 120_000);

  it("selects a control by its tag, and answers false for a tag no longer in the document", async () => {
    const { host, pane } = await filledReport();
    const section = sectionTag(template.sections[0]!.id);
    expect(await pane.selectTag(section)).toBe(true);
    expect(host.selection).toMatchObject({ kind: "contentControl", tag: section });
    expect(await pane.selectTag("bc:fig:no.such.figure")).toBe(false);
  }, 120_000);

  it("previews a refresh of changed figures, each change named and grouped as the review shows it", async () => {
    const { pane } = await filledReport();
    const table = "T2";
    const figures = structuredClone(fixture);
    const row = figures.tables[table]!.rows[0]!;
    const column = Object.keys(row).find((key) => typeof row[key] === "number")!;
    row[column] = (row[column] as number) + 7;
    const preview = await pane.previewRefresh(figures);
    const tag = cellTag(table, 1, column);
    expect(preview.plan.changes.map((c) => c.tag)).toContain(tag);
    expect(sectionOfTag(tag, template)).toBe(template.tables[table]!.sectionId);
    expect(describeTag(tag, template, "en")).toMatch(/^Table “.+”, row 1, column “.+”/);
  }, 120_000);

  it("answers a refresh of a document that lost a figure control with the problem as an issue, nothing written", async () => {
    const { host, pane } = await filledReport();
    const tag = "bc:fig:II.1.vbqpplDraftsRegistered";
    await host.run(async (context) => {
      context.document.contentControls.getByTag(tag).getFirst().delete(false);
      await context.sync();
    });
    const figures = structuredClone(fixture);
    figures.fields["II.1.vbqpplDraftsRegistered"] = 8;
    const applied = await pane.applyRefresh(figures, new Set());
    expect(applied.plan.changes).toEqual([]);
    expect(applied.plan.issues).toContainEqual(expect.objectContaining({ code: "doc.missingControl", params: { tag } }));
    expect((await pane.currentFigures())?.fields["II.1.vbqpplDraftsRegistered"]).toBe(fixture.fields["II.1.vbqpplDraftsRegistered"]);
  }, 120_000);

  it("says, as an issue and with no sync, that figures of an agency it has no profile for cannot be used", async () => {
    const { pane } = await filledReport();
    const preview = await pane.previewRefresh({ ...fixture, agency: "no-such-agency" });
    expect(preview.syncs).toBe(0);
    expect(preview.plan.changes).toEqual([]);
    expect(preview.plan.issues).toEqual([expect.objectContaining({ code: "figures.notInEnum", path: ["agency"] })]);
    expect(formatIssue(preview.plan.issues[0]!, template, "vi")).toMatch(/^Cơ quan: “no-such-agency”/);
  }, 120_000);

  it("rolls forward, and refuses as an issue (no exception) a report whose agency has no profile", async () => {
    const { pane } = await filledReport();
    const rolled = await pane.rollForward({ year: 2021, kind: "H1" });
    expect(rolled.refused).toBeUndefined();
    expect(rolled.changes).toBeGreaterThan(0);

    const host = await openDocx();
    const stranger = paneOn(host);
    await stranger.insertTemplate({ agency: { ...agency, id: "no-such-agency" }, period: q1, figures: fixture });
    const refused = await stranger.rollForward({ year: 2021, kind: "H1" });
    expect(refused).toMatchObject({ changes: 0, refused: { code: "doc.noMetadata" } });
  }, 120_000);
});
