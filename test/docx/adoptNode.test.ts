/**
 * `adoptNode` moves parsed content into the document instead of copying it (insertOoxml's hot spot): the moved
 * subtree belongs to the document, nothing is left behind in the source, and the document reads, edits and
 * serializes it as it would a copy.
 */
import { openDocx } from "../../src/docx";
import { adoptNode, parseXml, serializeNode, walkElements, type XNode } from "../../src/docx/xml/xmlDom";
import { flatOpc, inlineCc, para, run } from "./fixtures";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

describe("adoptNode", () => {
  it("moves a subtree, attributes and text included, into the other document", () => {
    const source = parseXml(
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t xml:space="preserve">a &amp; b</w:t></w:r></w:p><w:p/></w:body></w:document>`,
    );
    const target = parseXml(`<w:document xmlns:w="${W}"><w:body/></w:document>`);
    const body = source.documentElement!.firstChild!;
    const p = body.firstChild!;
    const before = serializeNode(p);

    const moved = adoptNode(target, p);
    const owners: XNode[] = [moved];
    walkElements(moved, (el) => {
      owners.push(el);
      for (let i = 0; i < el.attributes.length; i++) owners.push(el.attributes.item(i)!);
      for (let c = el.firstChild; c; c = c.nextSibling) owners.push(c);
    });

    expect(moved).toBe(p);
    expect(moved.parentNode).toBeNull();
    expect(body.childNodes.length).toBe(1);
    expect(owners.every((n) => n.ownerDocument === target)).toBe(true);
    target.documentElement!.firstChild!.appendChild(moved);
    expect(serializeNode(moved)).toBe(before);
    // The target's own factory methods work on adopted nodes.
    moved.appendChild(target.createElementNS(W, "w:r"));
    expect(serializeNode(target)).toContain('<w:t xml:space="preserve">a &amp; b</w:t></w:r><w:r/></w:p>');
  });

  it("leaves inserted OOXML editable through the API and saved as inserted", async () => {
    const host = await openDocx();
    const ooxml = flatOpc(para(run("Tỷ lệ ") + inlineCc({ tag: "bc:fig:x" }, "96,3 %") + run(".")));
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml(ooxml, "Replace");
      ctx.document.body.insertOoxml(ooxml, "End");
      await ctx.sync();
    });
    await host.run(async (ctx) => {
      const first = ctx.document.contentControls.getByTag("bc:fig:x").getFirst();
      first.insertText("97,0 %", "Replace");
      const all = ctx.document.contentControls.getByTag("bc:fig:x").load("items/text,items/id");
      await ctx.sync();
      expect(all.items.map((c) => c.text)).toEqual(["97,0 %", "96,3 %"]);
      expect(new Set(all.items.map((c) => c.id)).size).toBe(2);
    });
    const reopened = await openDocx(await host.save());
    const texts = await reopened.run(async (ctx) => {
      const body = ctx.document.body.load("text");
      await ctx.sync();
      return body.text;
    });
    expect(texts).toContain("Tỷ lệ 97,0 %.");
    expect(texts).toContain("Tỷ lệ 96,3 %.");
  });
});
