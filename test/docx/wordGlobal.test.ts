/**
 * installWordGlobal: code written against @types/office-js (global Word, enums, OfficeExtension.Error) runs
 * on the headless host unchanged.
 */
import { installWordGlobal, openDocx, type DocxHost } from "../../src/docx";
import { flatOpc, inlineCc, para, run } from "./fixtures";

/** What an add-in function looks like: only the Word global, no import of src/docx. */
async function refreshFigure(tag: string, value: string): Promise<string> {
  return Word.run(async (context) => {
    const cc = context.document.contentControls.getByTag(tag).getFirst();
    cc.insertText(value, Word.InsertLocation.replace);
    cc.appearance = Word.ContentControlAppearance.tags;
    cc.load("text");
    await context.sync();
    return cc.text;
  });
}

describe("installWordGlobal", () => {
  let host: DocxHost;
  let uninstall: () => void;

  beforeEach(async () => {
    host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml(flatOpc(para(run("Số: ") + inlineCc({ tag: "fig" }, "1"))), "Replace");
      await ctx.sync();
    });
    uninstall = installWordGlobal(host);
  });

  afterEach(() => uninstall());

  it("serves Word.run and the enums", async () => {
    await expect(refreshFigure("fig", "2")).resolves.toBe("2");
    expect(host.syncCount).toBe(2);
    expect(Word.InsertLocation.end).toBe("End");
    expect(Word.ContentControlType.richText).toBe("RichText");
    expect(Word.ErrorCodes.itemNotFound).toBe("ItemNotFound");
  });

  it("rejects with an OfficeExtension.Error instance", async () => {
    const err = await refreshFigure("missing", "2").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeExtension.Error);
    expect((err as OfficeExtension.Error).code).toBe(Word.ErrorCodes.itemNotFound);
  });

  it("supports Word.run(object, batch) on the object's context", async () => {
    const result = await Word.run(async (context) => {
      const body = context.document.body;
      return Word.run(body, async (again) => {
        expect(again).toBe(context);
        body.load("text");
        await again.sync();
        return body.text;
      });
    });
    expect(result).toBe("Số: 1");
  });

  it("restores the previous globals when uninstalled", () => {
    uninstall();
    expect((globalThis as { Word?: unknown }).Word).toBeUndefined();
    uninstall = installWordGlobal(host);
  });
});
