import { diffEntries, metadataFromEntries, metadataToEntries } from "./metadataEntries";
import { entriesToXml, entryProperties, readMetadataProperties, readMetadataXml } from "./storedMetadata";
import {
  metadataFromProperties,
  metadataFromXml,
  metadataToProperties,
  metadataToXml,
  PROPERTY_CHUNK,
} from "./metadataXml";
import type { ReportMetadata } from "./ReportMetadata";

const meta: ReportMetadata = {
  schema: 1,
  templateId: "cchc-quarterly-sct",
  templateVersion: "1.0.0",
  agencyId: "sct-dongnai",
  period: "2021-Q1",
  dataWindow: { from: "2021-01-01", to: "2021-03-01" },
  asOfDate: "2021-03-02",
  source: "file:a&b <c>.json",
  refreshedAt: "2021-03-05T08:00:00.000Z",
  written: {
    "bc:fig:II.1.vbqpplDraftsRegistered": "07",
    "bc:per:label": "Quí I năm 2021",
    "bc:fig:x": `<&"'>\u0301`,
  },
};

describe("report metadata", () => {
  it("round-trips through the custom XML part, special characters included", () => {
    const xml = metadataToXml(meta);
    expect(xml).not.toMatch(/<[^/a-z]/i);
    expect(metadataFromXml(xml)).toEqual(meta);
  });

  it.each([
    ["another namespace", "<x xmlns='urn:other'><state>{}</state></x>"],
    ["broken JSON", `<baocao xmlns="urn:baocao:report:1"><state>{nope</state></baocao>`],
    ["a wrong schema", `<baocao xmlns="urn:baocao:report:1"><state>{"schema":2}</state></baocao>`],
  ])("reads %s as no metadata", (_, xml) => {
    expect(metadataFromXml(xml)).toBeUndefined();
  });

  it("round-trips through custom properties of at most 255 characters", () => {
    const props = new Map(metadataToProperties(meta));
    expect([...props.values()].every((v) => v.length <= 255)).toBe(true);
    expect(Number(props.get("baocao.meta.count"))).toBe(
      Math.ceil(JSON.stringify(meta).length / PROPERTY_CHUNK),
    );
    expect(metadataFromProperties((k) => props.get(k))).toEqual(meta);
  });

  it("gives nothing when a property chunk is missing", () => {
    const props = new Map(metadataToProperties(meta));
    props.delete("baocao.meta.1");
    expect(metadataFromProperties((k) => props.get(k))).toBeUndefined();
  });
});

describe("the entries form", () => {
  const filled: ReportMetadata = {
    ...meta,
    written: { ...meta.written, "bc:fig:long": "x".repeat(600) },
    figures: {
      template: "cchc-quarterly-sct",
      agency: "sct-dongnai",
      period: "2021-Q1",
      fields: { "II.1.vbqpplDraftsRegistered": 7, "II.2.ratio": { num: 3, den: 4 }, "III.text": null },
      tables: { T2: { rows: [{ c2: "Sở", c4: 2300 }, {}, { c4: null }] }, T9: { rows: [] } },
    },
  };

  it("round-trips through the entries, the part and the properties (long texts cut in chunks)", () => {
    const entries = metadataToEntries(filled);
    expect(metadataFromEntries(entries)).toEqual(filled);
    expect(readMetadataXml(entriesToXml(entries))).toEqual({
      metadata: filled,
      form: "entries",
      entries,
      propertyKeys: [],
    });
    const props = new Map([...entries].flatMap(([k, v]) => entryProperties(k, v)));
    expect([...props.values()].every((v) => v.length <= 255)).toBe(true);
    expect(props.has("baocao.m.w:bc:fig:long#2")).toBe(true);
    expect(readMetadataProperties(props)?.metadata).toEqual(filled);
  });

  it("says which entries a change of three figures touches, and only those", () => {
    const next: ReportMetadata = {
      ...filled,
      refreshedAt: "2021-03-06T08:00:00.000Z",
      written: { ...filled.written, "bc:fig:II.1.vbqpplDraftsRegistered": "08" },
      figures: { ...filled.figures!, fields: { ...filled.figures!.fields, "II.1.vbqpplDraftsRegistered": 8 } },
    };
    expect(diffEntries(metadataToEntries(filled), metadataToEntries(next))).toEqual({
      set: [
        ["at", '"2021-03-06T08:00:00.000Z"'],
        ["w:bc:fig:II.1.vbqpplDraftsRegistered", '"08"'],
        ["f:II.1.vbqpplDraftsRegistered", "8"],
      ],
      removed: [],
    });
  });

  it.each([
    ["a missing continuation", (p: Map<string, string>) => p.delete("baocao.m.w:bc:fig:long#1")],
    ["a damaged value", (p: Map<string, string>) => p.set("baocao.m.f:III.text", "{nope")],
    ["no head", (p: Map<string, string>) => p.delete("baocao.m.head")],
  ])("reads %s as no metadata, never half of it", (_, damage) => {
    const props = new Map([...metadataToEntries(filled)].flatMap(([k, v]) => entryProperties(k, v)));
    damage(props);
    expect(readMetadataProperties(props)?.metadata).toBeUndefined();
  });

  it("reads the JSON form of earlier versions from the part and from the properties", () => {
    expect(readMetadataXml(metadataToXml(meta))).toMatchObject({ metadata: meta, form: "json" });
    expect(readMetadataProperties(new Map(metadataToProperties(meta)))).toMatchObject({
      metadata: meta,
      form: "json",
      propertyKeys: metadataToProperties(meta).map(([k]) => k),
    });
  });
});
