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
