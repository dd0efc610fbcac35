/**
 * Reading and typing into one content control by its id (the playground's typing into the preview): one sync
 * each, the control's text replaced and nothing else, and a control no longer there answered, not thrown.
 */
import { openDocx } from "../../src/docx";
import { capabilitiesOf, readControl, typeIntoControl, WordSession } from "../../src/word";
import { draftReport } from "../../src/word/operations";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { q1Input } from "../render/reportInput";

async function drafted() {
  const host = await openDocx(undefined, { profile: "office2021" });
  const session = new WordSession((batch) => host.run(batch), capabilitiesOf((n, v) => host.isSetSupported(n, v)));
  await draftReport(session, shippedRenderer, { input: q1Input(), now: new Date("2021-03-03T08:00:00Z") });
  const controls = await host.run(async (ctx) => {
    const all = ctx.document.contentControls.load("items/id,items/tag,items/text");
    await ctx.sync();
    return all.items.map((c) => ({ id: c.id, tag: c.tag, text: c.text }));
  });
  return { host, session, controls };
}

describe("a content control by its id", () => {
  it("is read in one sync, and typed into in one sync without touching any other control", async () => {
    const { host, session, controls } = await drafted();
    const figure = controls.find((c) => c.tag.startsWith("bc:fig:") && c.text !== "110")!;
    const before = session.syncs;
    expect(await readControl(session, figure.id)).toEqual({ tag: figure.tag, text: figure.text });
    expect(session.syncs - before).toBe(1);

    expect(await typeIntoControl(session, figure.id, "110")).toBe(true);
    expect(session.syncs - before).toBe(2);
    const after = await host.run(async (ctx) => {
      const all = ctx.document.contentControls.load("items/id,items/tag,items/text");
      await ctx.sync();
      return all.items.filter((c) => c.tag.startsWith("bc:fig:")).map((c) => ({ id: c.id, text: c.text }));
    });
    // Every figure (a leaf control) as it was but the one typed into; the sections round them include it.
    const figures = controls.filter((c) => c.tag.startsWith("bc:fig:"));
    expect(after).toEqual(figures.map((c) => ({ id: c.id, text: c.id === figure.id ? "110" : c.text })));
  });

  it("no longer there: read as undefined and typed into as false, the document unchanged", async () => {
    const { host, session, controls } = await drafted();
    const missing = Math.max(...controls.map((c) => c.id)) + 1000;
    expect(await readControl(session, missing)).toBeUndefined();
    expect(await typeIntoControl(session, missing, "110")).toBe(false);
    const texts = await host.run(async (ctx) => {
      const all = ctx.document.contentControls.load("items/text");
      await ctx.sync();
      return all.items.map((c) => c.text);
    });
    expect(texts).toEqual(controls.map((c) => c.text));
  });
});
