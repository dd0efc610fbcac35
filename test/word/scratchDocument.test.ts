/**
 * The self-test's scratch document where Word has no hidden documents: the open document, only when blank. A
 * document with content is refused before anything is written.
 */
import { installWordGlobal, openDocx } from "../../src/docx";
import { blankScratch, NotBlankDocument } from "../../src/word/scratchDocument";

describe("blankScratch", () => {
  let uninstall: (() => void) | undefined;
  afterEach(() => uninstall?.());

  it("refuses a document with text, writing nothing", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.body.insertParagraph("Báo cáo của chị Lan", "Start");
      await ctx.sync();
    });
    uninstall = installWordGlobal(host);
    const before = host.bytesSent;
    await expect(blankScratch()).rejects.toBeInstanceOf(NotBlankDocument);
    await expect(blankScratch()).rejects.toMatchObject({ name: "NotBlankDocument" });
    expect(host.bytesSent).toBe(before);
  });

  it("on a blank document runs batches on it", async () => {
    const host = await openDocx();
    uninstall = installWordGlobal(host);
    const run = await blankScratch();
    const text = await run(async (ctx) => {
      ctx.document.body.insertParagraph("nháp", "Start");
      const body = ctx.document.body.load("text");
      await ctx.sync();
      return body.text;
    });
    expect(text.trim()).toBe("nháp");
  });
});
