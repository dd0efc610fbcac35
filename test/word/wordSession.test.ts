import { openDocx, type DocxHost } from "../../src/docx";
import {
  entriesToXml,
  METADATA_NAMESPACE,
  metadataToEntries,
  metadataToProperties,
  metadataToXml,
  type ReportMetadata,
} from "../../src/domain/metadata";
import { pageNumberHeaderOoxml } from "../../src/domain/render";
import { insertReport, refreshDocument, scanDocument, WordSession, type RefreshTarget } from "../../src/word";

const NOW = new Date("2026-12-02T08:26:00Z");
const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
const sdtRun = (tag: string, text: string, locked = false) =>
  `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/>${locked ? `<w:lock w:val="contentLocked"/>` : ""}</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:sdtContent></w:sdt>`;
const doc = (a: string, b: string, total: string) =>
  `<w:document ${W}><w:body><w:p><w:r><w:t xml:space="preserve">Đăng ký soạn thảo </w:t></w:r>${sdtRun("bc:fig:a", a)}<w:r><w:t xml:space="preserve"> văn bản; </w:t></w:r>${sdtRun("bc:fig:b", b)}<w:r><w:t xml:space="preserve"> hồ sơ; tổng </w:t></w:r>${sdtRun("bc:fig:t", total, true)}</w:p><w:p><w:r><w:t>Lời văn của cán bộ.</w:t></w:r></w:p></w:body></w:document>`;

const meta = (written: Record<string, string>): ReportMetadata => ({
  schema: 1,
  templateId: "t",
  templateVersion: "1",
  agencyId: "a",
  period: "2021-Q1",
  written,
});

const target = (texts: Record<string, string>): RefreshTarget => ({
  texts: new Map(Object.entries(texts)),
  rows: new Map(),
  tableRows: () => ({ headerRows: 0, dataRow: () => [] }),
  nextMetadata: (previous, plan) => ({
    ...(previous ?? meta({})),
    written: { ...(previous?.written ?? {}), ...Object.fromEntries(plan.changes.map((c) => [c.tag, c.new])) },
  }),
});

async function setUp(customXmlParts: boolean): Promise<{ host: DocxHost; session: WordSession }> {
  const host = await openDocx();
  const session = new WordSession((batch) => host.run(batch), { customXmlParts });
  await insertReport(session, { ooxml: doc("07", "01", "08"), pageHeader: pageNumberHeaderOoxml(), metadata: meta({ "bc:fig:a": "07", "bc:fig:b": "01", "bc:fig:t": "08" }) });
  return { host, session };
}

describe.each([true, false])("the Word adapter (custom XML parts: %p)", (customXmlParts) => {
  it("inserts within two syncs and scans tags, texts, locks and metadata in one", async () => {
    const { host, session } = await setUp(customXmlParts);
    expect(session.syncs).toBe(customXmlParts ? 2 : 1);
    const { result: scan, syncs } = await session.measure(scanDocument);
    expect(syncs).toBe(1);
    expect(host.syncCount).toBe(session.syncs);
    expect([...scan.controls.values()].flat()).toEqual([
      { tag: "bc:fig:a", text: "07", cannotEdit: false },
      { tag: "bc:fig:b", text: "01", cannotEdit: false },
      { tag: "bc:fig:t", text: "08", cannotEdit: true },
    ]);
    expect(scan.metadata?.written).toEqual({ "bc:fig:a": "07", "bc:fig:b": "01", "bc:fig:t": "08" });
    expect(scan.store).toBe(customXmlParts ? "customXml" : "properties");
  });

  it("refreshes in two syncs, writes through locks, and writes nothing the second time", async () => {
    const { host, session } = await setUp(customXmlParts);
    const next = target({ "bc:fig:a": "09", "bc:fig:b": "01", "bc:fig:t": "10" });
    const first = await session.measure((s) => refreshDocument(s, next, { dryRun: false, overwrite: new Set(), now: NOW }));
    expect(first.syncs).toBe(2);
    expect(first.result.plan.changes.map((c) => [c.tag, c.old, c.new])).toEqual([
      ["bc:fig:a", "07", "09"],
      ["bc:fig:t", "08", "10"],
    ]);
    const scan = await scanDocument(session);
    expect([...scan.controls.values()].flat().map((c) => [c.text, c.cannotEdit])).toEqual([
      ["09", false],
      ["01", false],
      ["10", true],
    ]);
    const bytesBefore = host.bytesSent;
    const second = await session.measure((s) => refreshDocument(s, next, { dryRun: false, overwrite: new Set(), now: NOW }));
    expect({ syncs: second.syncs, changes: second.result.plan.changes, bytes: host.bytesSent - bytesBefore }).toEqual({
      syncs: 1,
      changes: [],
      bytes: 0,
    });
  });

  it("keeps a hand edit as a conflict until the clerk agrees", async () => {
    const { host, session } = await setUp(customXmlParts);
    await host.run(async (context) => {
      const control = context.document.contentControls.getByTag("bc:fig:a").getFirst();
      control.insertText("7 (sửa tay)", "Replace");
      await context.sync();
    });
    const next = target({ "bc:fig:a": "09", "bc:fig:b": "01", "bc:fig:t": "10" });
    const kept = await refreshDocument(session, next, { dryRun: false, overwrite: new Set(), now: NOW });
    expect(kept.plan.conflicts).toEqual([{ tag: "bc:fig:a", written: "07", current: "7 (sửa tay)", new: "09" }]);
    expect((await scanDocument(session)).controls.get("bc:fig:a")?.[0]?.text).toBe("7 (sửa tay)");
    await refreshDocument(session, next, { dryRun: false, overwrite: new Set(["bc:fig:a"]), now: NOW });
    expect((await scanDocument(session)).controls.get("bc:fig:a")?.[0]?.text).toBe("09");
  });
});

it("reads the metadata part that insertReport wrote as XML", async () => {
  const { host } = await setUp(true);
  const xml = await host.run(async (context) => {
    const part = context.document.customXmlParts.getByNamespace("urn:baocao:report:1").getOnlyItem();
    const result = part.getXml();
    await context.sync();
    return result.value;
  });
  expect(xml).toBe(entriesToXml(metadataToEntries(meta({ "bc:fig:a": "07", "bc:fig:b": "01", "bc:fig:t": "08" }))));
});

/** The metadata as the document holds it: the part's XML, or the properties under the metadata's prefixes. */
async function storedForm(host: DocxHost, customXmlParts: boolean): Promise<string | Record<string, string>> {
  return host.run(async (context) => {
    if (customXmlParts) {
      const result = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE).getOnlyItem().getXml();
      await context.sync();
      return result.value;
    }
    const props = context.document.properties.customProperties;
    props.load("items/key,items/value");
    await context.sync();
    return Object.fromEntries(props.items.filter((p) => p.key.startsWith("baocao.")).map((p) => [p.key, String(p.value)]));
  });
}

describe.each([true, false])("metadata that grows with the change (custom XML parts: %p)", (customXmlParts) => {
  it("sends only the entries a refresh changes, and reads back what a whole write would hold", async () => {
    const { host, session } = await setUp(customXmlParts);
    const before = host.customDataBytesSent;
    const next = target({ "bc:fig:a": "09", "bc:fig:b": "01", "bc:fig:t": "10" });
    await refreshDocument(session, next, { dryRun: false, overwrite: new Set(), now: NOW });
    const sent = host.customDataBytesSent - before;
    // Two entries of a few bytes each, not the whole metadata again.
    const whole = entriesToXml(metadataToEntries(meta({ "bc:fig:a": "09", "bc:fig:b": "01", "bc:fig:t": "10" })));
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(whole.length / 2 + 200);
    const scan = await scanDocument(session);
    expect(scan.metadata).toEqual(meta({ "bc:fig:a": "09", "bc:fig:b": "01", "bc:fig:t": "10" }));
    expect(scan.stored?.form).toBe("entries");
  });

  it("reads a document written by an earlier version (one JSON text) and writes it back in the entries form", async () => {
    const host = await openDocx();
    const session = new WordSession((batch) => host.run(batch), { customXmlParts });
    const old = meta({ "bc:fig:a": "07", "bc:fig:b": "01", "bc:fig:t": "08" });
    await host.run(async (context) => {
      context.document.body.insertOoxml(doc("07", "01", "08"), "Replace");
      if (customXmlParts) context.document.customXmlParts.add(metadataToXml(old));
      else for (const [key, value] of metadataToProperties(old)) context.document.properties.customProperties.add(key, value);
      await context.sync();
    });
    const read = await scanDocument(session);
    expect({ metadata: read.metadata, form: read.stored?.form }).toEqual({ metadata: old, form: "json" });

    await refreshDocument(session, target({ "bc:fig:a": "09", "bc:fig:b": "01", "bc:fig:t": "10" }), {
      dryRun: false,
      overwrite: new Set(),
      now: NOW,
    });
    const written = meta({ "bc:fig:a": "09", "bc:fig:b": "01", "bc:fig:t": "10" });
    const after = await scanDocument(session);
    expect({ metadata: after.metadata, form: after.stored?.form }).toEqual({ metadata: written, form: "entries" });
    const stored = await storedForm(host, customXmlParts);
    // WordApi 1.4: the part holds one entry per written text; 1.3: the old one-JSON properties are gone.
    if (customXmlParts) expect(stored).toBe(entriesToXml(metadataToEntries(written)));
    else expect(Object.keys(stored as Record<string, string>).filter((k) => k.startsWith("baocao.meta."))).toEqual([]);
  });
});

it("scans a document without metadata, retrying once without the part where Word refuses a null object", async () => {
  const host = await openDocx();
  const session = new WordSession((batch) => host.run(batch), { customXmlParts: true });
  const { result, syncs } = await session.measure(scanDocument);
  expect({ metadata: result.metadata, controls: result.controls.size, syncs }).toEqual({ metadata: undefined, controls: 0, syncs: 2 });
});
