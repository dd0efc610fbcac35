/** Custom XML parts and custom document properties: API behaviour and what the saved package holds. */
import { openDocx } from "../../src/docx";
import { hostWith, partNames, partText, rejectsWith } from "./helpers";

const META = '<report xmlns="urn:baocao:report:1" template="cchc" period="2021-Q1"><fig key="total">2.555</fig></report>';

describe("customXmlParts", () => {
  it("adds a part with a GUID id and its root namespace, and finds it by namespace", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      const added = ctx.document.customXmlParts.add(META).load("id,namespaceUri");
      ctx.document.customXmlParts.add("<plain/>");
      const found = ctx.document.customXmlParts.getByNamespace("urn:baocao:report:1").load("items/id");
      const all = ctx.document.customXmlParts.load("items/namespaceUri");
      await ctx.sync();
      expect(added.id).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
      expect(added.namespaceUri).toBe("urn:baocao:report:1");
      expect(found.items.map((p) => p.id)).toEqual([added.id]);
      expect(all.items.map((p) => p.namespaceUri)).toEqual(["urn:baocao:report:1", ""]);
    });
  });

  it("getXml, setXml and delete", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      const part = ctx.document.customXmlParts.add(META);
      const xml = part.getXml();
      await ctx.sync();
      expect(xml.value).toBe(META);
      part.setXml(META.replace("2.555", "3.000"));
      const again = part.getXml();
      await ctx.sync();
      expect(again.value).toContain("3.000");
      part.delete();
      const left = ctx.document.customXmlParts.getByNamespace("urn:baocao:report:1").getOnlyItemOrNullObject();
      await ctx.sync();
      expect(left.isNullObject).toBe(true);
    });
  });

  it("rejects malformed XML with InvalidArgument; getOnlyItem with two matches fails", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.customXmlParts.add("<broken>");
      await rejectsWith(ctx.sync(), "InvalidArgument");
      ctx.document.customXmlParts.add(META);
      ctx.document.customXmlParts.add(META);
      ctx.document.customXmlParts.getByNamespace("urn:baocao:report:1").getOnlyItem().load("id");
      await rejectsWith(ctx.sync(), "InvalidArgument");
    });
  });

  it("saves item#.xml with itemProps#.xml and relationships, and reads them back", async () => {
    const host = await openDocx();
    const id = await host.run(async (ctx) => {
      const p = ctx.document.customXmlParts.add(META).load("id");
      await ctx.sync();
      return p.id;
    });
    const bytes = await host.save();
    expect(await partNames(bytes)).toEqual(expect.arrayContaining([
      "customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels",
    ]));
    expect(await partText(bytes, "customXml/itemProps1.xml")).toContain(`ds:itemID="${id}"`);
    expect(await partText(bytes, "word/_rels/document.xml.rels")).toContain('Target="../customXml/item1.xml"');
    expect(await partText(bytes, "[Content_Types].xml")).toContain('PartName="/customXml/itemProps1.xml"');
    const reopened = await openDocx(bytes);
    await reopened.run(async (ctx) => {
      const p = ctx.document.customXmlParts.getByNamespace("urn:baocao:report:1").getOnlyItem().load("id");
      const xml = p.getXml();
      await ctx.sync();
      expect([p.id, xml.value]).toEqual([id, META]);
    });
  });
});

describe("customXmlPart element edits (insertElement, updateElement, deleteElement)", () => {
  const PART = '<b:root xmlns:b="urn:baocao:report:1"><e k="a">1</e><e k="b">2</e></b:root>';
  const NS = { b: "urn:baocao:report:1" };

  it("edits one element named by an absolute path, counts what it sends, and saves the edited part", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.customXmlParts.add(PART);
      await ctx.sync();
      const before = host.customDataBytesSent;
      const part = ctx.document.customXmlParts.getByNamespace("urn:baocao:report:1").getOnlyItem();
      part.updateElement('/b:root/e[@k="a"]', '<e k="a">10</e>', NS);
      part.insertElement("/b:root", "<e k='c'>3</e>", NS);
      part.insertElement("/b:root", '<e k="0">0</e>', NS, 0);
      part.deleteElement("/b:root/e[@k='b']", NS);
      const xml = part.getXml();
      await ctx.sync();
      expect(xml.value).toBe('<b:root xmlns:b="urn:baocao:report:1"><e k="0">0</e><e k="a">10</e><e k="c">3</e></b:root>');
      const sent = '/b:root/e[@k="a"]<e k="a">10</e>/b:root<e k=\'c\'>3</e>/b:root<e k="0">0</e>/b:root/e[@k=\'b\']';
      expect(host.customDataBytesSent - before).toBe(sent.length + 4 * JSON.stringify(NS).length);
    });
    const bytes = await host.save();
    expect(await partText(bytes, "customXml/item1.xml")).toContain('<e k="a">10</e><e k="c">3</e>');
  });

  it.each([
    ["a path naming no element", (p: Word.CustomXmlPart) => p.deleteElement('/b:root/e[@k="z"]', NS), "InvalidArgument"],
    ["a path naming two elements", (p: Word.CustomXmlPart) => p.deleteElement("/b:root/e", NS), "InvalidArgument"],
    ["a prefix without mapping", (p: Word.CustomXmlPart) => p.deleteElement('/x:root/e[@k="a"]', NS), "InvalidArgument"],
    ["malformed XML", (p: Word.CustomXmlPart) => p.updateElement('/b:root/e[@k="a"]', "<e>", NS), "InvalidArgument"],
    ["the root", (p: Word.CustomXmlPart) => p.deleteElement("/b:root", NS), "InvalidArgument"],
    ["a search path", (p: Word.CustomXmlPart) => p.deleteElement("//e", NS), "NotImplemented"],
  ])("refuses %s, leaving the part as it was", async (_, edit, code) => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.customXmlParts.add(PART);
      await ctx.sync();
      const part = ctx.document.customXmlParts.getByNamespace("urn:baocao:report:1").getOnlyItem();
      edit(part);
      await rejectsWith(ctx.sync(), code);
      const xml = part.getXml();
      await ctx.sync();
      expect(xml.value).toBe(PART);
    });
  });
});

describe("customProperties", () => {
  it("add, read back by case-insensitive key, replace, delete", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      const props = ctx.document.properties.customProperties;
      props.add("baocao.period", "2021-Q1");
      props.add("baocao.count", 12);
      props.add("baocao.final", true);
      const p = props.getItemOrNullObject("BAOCAO.PERIOD").load("key,value,type");
      await ctx.sync();
      expect([p.key, p.value, p.type]).toEqual(["baocao.period", "2021-Q1", "String"]);
      props.add("baocao.period", "2021-H1");
      p.load("value");
      const all = props.load("items/key,items/value,items/type");
      await ctx.sync();
      expect(p.value).toBe("2021-H1");
      expect(all.items.map((x) => [x.key, x.value, x.type])).toEqual([
        ["baocao.period", "2021-H1", "String"], ["baocao.count", 12, "Number"], ["baocao.final", true, "Boolean"],
      ]);
      p.delete();
      const gone = props.getItemOrNullObject("baocao.period");
      await ctx.sync();
      expect(gone.isNullObject).toBe(true);
    });
  });

  it("truncates string values to 255 characters, as desktop Word does", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      const p = ctx.document.properties.customProperties.add("long", "x".repeat(300)).load("value");
      await ctx.sync();
      expect((p.value as string).length).toBe(255);
    });
  });

  it("saves docProps/custom.xml and reads it back", async () => {
    const host = await hostWith();
    await host.run(async (ctx) => {
      ctx.document.properties.customProperties.add("baocao.agency", "Sở Công Thương <Đồng Nai> & co");
      ctx.document.properties.customProperties.add("baocao.version", 3);
      await ctx.sync();
    });
    const bytes = await host.save();
    expect(await partText(bytes, "_rels/.rels")).toContain("custom-properties");
    expect(await partText(bytes, "[Content_Types].xml")).toContain('PartName="/docProps/custom.xml"');
    const reopened = await openDocx(bytes);
    await reopened.run(async (ctx) => {
      const all = ctx.document.properties.customProperties.load("items/key,items/value");
      await ctx.sync();
      expect(all.items.map((x) => [x.key, x.value])).toEqual([
        ["baocao.agency", "Sở Công Thương <Đồng Nai> & co"], ["baocao.version", 3],
      ]);
    });
  });
});
