/** Lookups by id, controls in headers, table controls, load with expand, and Word.run over several objects. */
import { installWordGlobal, flatOpcToBase64 } from "../../src/docx";
import { W_NS, blockCc, flatOpc, inlineCc, para, run } from "./fixtures";
import { hostWith, rejectsWith } from "./helpers";

/** A Flat OPC package whose default header holds a content control. */
function withHeaderControl(): string {
  const REL_CT = "application/vnd.openxmlformats-package.relationships+xml";
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${REL_CT}"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part>' +
    `<pkg:part pkg:name="/word/_rels/document.xml.rels" pkg:contentType="${REL_CT}"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="h" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships></pkg:xmlData></pkg:part>' +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
    `<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
    para(inlineCc({ tag: "body:fig" }, "1")) +
    '<w:sectPr><w:headerReference w:type="default" r:id="h"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document></pkg:xmlData></pkg:part>' +
    '<pkg:part pkg:name="/word/header1.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"><pkg:xmlData>' +
    `<w:hdr xmlns:w="${W_NS}">${para(inlineCc({ tag: "hdr:so" }, "Số 12/BC"))}</w:hdr></pkg:xmlData></pkg:part></pkg:package>`
  );
}

describe("lookups", () => {
  it("getById and getByIdOrNullObject", async () => {
    const host = await hostWith(flatOpc(para(inlineCc({ tag: "a" }, "1") + inlineCc({ tag: "b" }, "2"))));
    await host.run(async (ctx) => {
      const ccs = ctx.document.contentControls.load("items/id");
      await ctx.sync();
      const second = ctx.document.contentControls.getById(ccs.items[1]!.id).load("tag");
      const none = ctx.document.contentControls.getByIdOrNullObject(999_999);
      await ctx.sync();
      expect([second.tag, none.isNullObject]).toEqual(["b", true]);
      ctx.document.contentControls.getById(999_999).load("tag");
      await rejectsWith(ctx.sync(), "ItemNotFound");
    });
  });

  it("document.contentControls includes controls in headers; body.contentControls does not", async () => {
    const host = await hostWith();
    await host.run(async (ctx) => {
      ctx.document.insertFileFromBase64(await flatOpcToBase64(withHeaderControl()), "Replace");
      const all = ctx.document.contentControls.load("items/tag,items/text");
      const body = ctx.document.body.contentControls.load("items/tag");
      await ctx.sync();
      expect(all.items.map((c) => [c.tag, c.text])).toEqual([["body:fig", "1"], ["hdr:so", "Số 12/BC"]]);
      expect(body.items.map((c) => c.tag)).toEqual(["body:fig"]);
      ctx.document.contentControls.getByTag("hdr:so").getFirst().insertText("Số 13/BC", "Replace");
      await ctx.sync();
    });
    const { openDocx } = await import("../../src/docx");
    const reopened = await openDocx(await host.save());
    await reopened.run(async (ctx) => {
      const cc = ctx.document.contentControls.getByTag("hdr:so").getFirst().load("text");
      await ctx.sync();
      expect(cc.text).toBe("Số 13/BC");
    });
  });

  it("Table.insertContentControl makes a RichTextTable control, which refuses Replace", async () => {
    const table =
      '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const host = await hostWith(flatOpc(table + para(run("sau"))));
    await host.run(async (ctx) => {
      const cc = ctx.document.body.tables.getFirst().insertContentControl();
      cc.tag = "bc:tbl:X";
      cc.load("subtype,text");
      await ctx.sync();
      expect([cc.subtype, cc.text]).toEqual(["RichTextTable", "ô"]);
      cc.insertText("x", "Replace");
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("loads navigation properties with expand", async () => {
    const host = await hostWith(flatOpc(blockCc({ tag: "s" }, para(run("p1")) + para(run("p2")))));
    await host.run(async (ctx) => {
      const cc = ctx.document.contentControls.getFirst().load({ select: "tag", expand: "paragraphs" });
      await ctx.sync();
      expect(cc.tag).toBe("s");
      expect(cc.paragraphs.items.map((p) => p.text)).toEqual(["p1", "p2"]);
    });
  });

  it("Word.run(objects[], batch) reuses the objects' context", async () => {
    const host = await hostWith(flatOpc(para(run("x"))));
    const uninstall = installWordGlobal(host);
    try {
      const text = await Word.run(async (ctx) => {
        const body = ctx.document.body;
        const para0 = body.paragraphs.getFirst();
        return Word.run([body, para0], async (same) => {
          para0.load("text");
          await same.sync();
          return para0.text;
        });
      });
      expect(text).toBe("x");
    } finally {
      uninstall();
    }
  });
});
