/**
 * Text written through the API is text: markup characters, quotes, tabs, line breaks and Vietnamese in composed
 * and decomposed forms read back as written and leave well-formed XML. "\n" starts a new paragraph (Word's
 * behaviour) and reads back as "\r"; "\v" is a line break inside the paragraph.
 */
import { openDocx } from "../../src/docx";
import { flatOpc, inlineCc, para, run } from "./fixtures";
import { hostWith, parseStrict, partText, rejectsWith } from "./helpers";

const composed = "Sở Công Thương Đồng Nai: tỷ lệ 96,3% — Quý I/2021";
const decomposed = composed.normalize("NFD");

const cases: ReadonlyArray<readonly [string, string]> = [
  ["markup characters", `<w:t>&amp; a < b && c > d </w:p>`],
  ["quotes", `"double" 'single' “curly” ‘curly’`],
  ["tabs", "a\tb\t\tc"],
  ["a line break (\\v)", "dòng 1\vdòng 2"],
  ["leading and trailing spaces", "  giữa  "],
  ["composed Vietnamese (NFC)", composed],
  ["decomposed Vietnamese (NFD)", decomposed],
  ["a CDATA end and a comment", "]]> <!-- x --> <?pi?>"],
];

describe("text escaping", () => {
  it("keeps composed and decomposed forms distinct (the test data really differ)", () => {
    expect(decomposed).not.toBe(composed);
    expect(decomposed.normalize("NFC")).toBe(composed);
  });

  it.each(cases)("%s read back exactly from a control, before and after save", async (_name, text) => {
    const host = await hostWith(flatOpc(para(inlineCc({ tag: "fig" }, "x"))));
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig").getFirst();
      cc.insertText(text, "Replace");
      cc.load("text");
      await ctx.sync();
      expect(cc.text).toBe(text);
    });
    const bytes = await host.save();
    parseStrict((await partText(bytes, "word/document.xml"))!);
    const reopened = await openDocx(bytes);
    await reopened.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig").getFirst().load("text");
      await ctx.sync();
      expect(cc.text).toBe(text);
    });
  });

  it("writes tabs as w:tab and \\v as w:br", async () => {
    const host = await hostWith(flatOpc(para(inlineCc({ tag: "fig" }, "x"))));
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("fig").getFirst().insertText("a\tb\vc", "Replace");
      await ctx.sync();
    });
    const xml = (await partText(await host.save(), "word/document.xml"))!;
    expect(xml).toContain('<w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">c</w:t>');
  });

  it("\\n in a paragraph splits it: each line becomes a paragraph, read back joined by \\r", async () => {
    const host = await hostWith(flatOpc(para(run("X"))));
    await host.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().insertText("một\nhai\r\nba", "End");
      const paras = ctx.document.body.paragraphs.load("items/text");
      const body = ctx.document.body.load("text");
      await ctx.sync();
      expect(paras.items.map((p) => p.text)).toEqual(["Xmột", "hai", "ba"]);
      expect(body.text).toBe("Xmột\rhai\rba");
    });
  });

  it("refuses \\n inside an inline control (a paragraph cannot live there)", async () => {
    const host = await hostWith(flatOpc(para(inlineCc({ tag: "fig" }, "x"))));
    await host.run(async (ctx) => {
      ctx.document.contentControls.getByTag("fig").getFirst().insertText("a\nb", "Replace");
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it.each([["NUL", "a\u0000b"], ["a C0 control", "a\u0007b"], ["a lone surrogate", "a\uD800b"]])(
    "refuses %s with InvalidArgument",
    async (_name, text) => {
      const host = await hostWith(flatOpc(para(inlineCc({ tag: "fig" }, "x"))));
      await host.run(async (ctx) => {
        ctx.document.contentControls.getByTag("fig").getFirst().insertText(text, "Replace");
        await rejectsWith(ctx.sync(), "InvalidArgument");
      });
    },
  );

  it("tags and titles with markup characters survive the round trip", async () => {
    const host = await hostWith(flatOpc(para(inlineCc({ tag: "fig" }, "x"))));
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("fig").getFirst();
      cc.tag = `a<b>&"c"`;
      cc.title = decomposed;
      await ctx.sync();
    });
    const reopened = await openDocx(await host.save());
    await reopened.run(async (ctx) => {
      const cc = ctx.document.contentControls.getFirst().load("tag,title");
      await ctx.sync();
      expect([cc.tag, cc.title]).toEqual([`a<b>&"c"`, decomposed]);
    });
  });

  it("counts the UTF-8 bytes of text and OOXML sent", async () => {
    const host = await openDocx();
    const ooxml = flatOpc(para(run("x")));
    await host.run(async (ctx) => {
      ctx.document.body.insertText("Đ", "End");
      ctx.document.body.insertOoxml(ooxml, "End");
      await ctx.sync();
    });
    expect(host.bytesSent).toBe(2 + new TextEncoder().encode(ooxml).length);
    await host.run(async (ctx) => {
      ctx.document.body.paragraphs.getFirst().insertContentControl().tag = "ảnh";
      await ctx.sync();
    });
    expect(host.bytesSent).toBe(2 + new TextEncoder().encode(ooxml).length + 5); // "ảnh": ả is 3 bytes in UTF-8
  });
});

describe("formatting of inserted text", () => {
  it("takes the replaced run's formatting, or an empty control's own, or the text before it", async () => {
    const { flatOpc: opc } = await import("./fixtures");
    const bold = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Nhãn: </w:t></w:r>';
    const italicCc = '<w:sdt><w:sdtPr><w:tag w:val="i"/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:i/></w:rPr><w:t>1</w:t></w:r></w:sdtContent></w:sdt>';
    const emptyOwn = '<w:sdt><w:sdtPr><w:rPr><w:u w:val="single"/></w:rPr><w:tag w:val="u"/></w:sdtPr><w:sdtContent/></w:sdt>';
    const emptyAfterBold = '<w:sdt><w:sdtPr><w:tag w:val="b"/></w:sdtPr><w:sdtContent/></w:sdt>';
    const host = await hostWith(opc(`<w:p>${bold}${italicCc}${emptyOwn}${bold}${emptyAfterBold}</w:p>`));
    await host.run(async (ctx) => {
      for (const tag of ["i", "u", "b"]) ctx.document.contentControls.getByTag(tag).getFirst().insertText(`[${tag}]`, "Replace");
      await ctx.sync();
    });
    const xml = (await partText(await host.save(), "word/document.xml"))!;
    expect(xml).toContain('<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">[i]</w:t></w:r>');
    expect(xml).toContain('<w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">[u]</w:t></w:r>');
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">[b]</w:t></w:r>');
  });
});
