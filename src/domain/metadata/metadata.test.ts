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
