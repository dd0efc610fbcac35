/**
 * A document built through the host, saved, reopened and saved again keeps every content control (tag, title,
 * lock, appearance, nesting), table (merges included), paragraph, custom XML part, section and header.
 */
import { openDocx, type DocxHost, flatOpcToBase64 } from "../../src/docx";
import { sampleReport } from "./fixtures";
import { parseStrict, partNames, partText } from "./helpers";

type Snapshot = {
  controls: Array<Record<string, unknown>>;
  paragraphs: string[];
  tables: string[][][];
  parts: string[];
};

async function snapshot(host: DocxHost): Promise<Snapshot> {
  return host.run(async (ctx) => {
    const ccs = ctx.document.contentControls.load("items/tag,items/title,items/text,items/cannotEdit,items/cannotDelete,items/appearance,items/subtype");
    const paras = ctx.document.body.paragraphs.load("items/text");
    const tables = ctx.document.body.tables.load("items/values");
    const parts = ctx.document.customXmlParts.load("items/id,items/namespaceUri");
    await ctx.sync();
    // Parent tags need the items first: a second sync, as add-in code would do.
    const parentProxies = ccs.items.map((c) => c.parentContentControlOrNullObject.load("tag"));
    const xml = parts.items.map((p) => p.getXml());
    await ctx.sync();
    return {
      controls: ccs.items.map((c, i) => ({
        ...c.toJSON(),
        parent: parentProxies[i]!.isNullObject ? null : parentProxies[i]!.tag,
      })),
      paragraphs: paras.items.map((p) => p.text),
      tables: tables.items.map((t) => t.values),
      parts: parts.items.map((p, i) => `${p.id} ${p.namespaceUri} ${xml[i]!.value}`),
    };
  });
}

async function buildReport(): Promise<DocxHost> {
  const host = await openDocx();
  await host.run(async (ctx) => {
    // Document.insertFileFromBase64 (WordApi 1.5) is what brings the section and its headers in Word.
    ctx.document.insertFileFromBase64(await flatOpcToBase64(sampleReport()), "Replace");
    ctx.document.customXmlParts.add('<report xmlns="urn:baocao:report:1" period="2021-Q1"/>');
    ctx.document.properties.customProperties.add("baocao.period", "2021-Q1");
    const title = ctx.document.body.paragraphs.getFirst().insertContentControl();
    title.tag = "bc:hdr:title";
    title.title = "Tiêu đề";
    title.appearance = "Hidden";
    title.cannotDelete = true;
    const fig = ctx.document.contentControls.getByTag("bc:fig:total").getFirst();
    fig.insertText("2.600", "Replace");
    fig.cannotEdit = true;
    await ctx.sync();
  });
  return host;
}

describe("round trip", () => {
  it("keeps controls, nesting, tables, paragraphs and custom XML across save → open → save", async () => {
    const host = await buildReport();
    const before = await snapshot(host);
    const bytes1 = await host.save();
    const reopened = await openDocx(bytes1);
    const after = await snapshot(reopened);
    expect(after).toEqual(before);
    const bytes2 = await reopened.save();
    expect(await snapshot(await openDocx(bytes2))).toEqual(before);
    expect(await partText(bytes2, "word/document.xml")).toBe(await partText(bytes1, "word/document.xml"));

    expect(before.controls.map((c) => [c.tag, c.parent])).toEqual([
      ["bc:hdr:title", null], ["bc:sec:I", null], ["bc:fig:total", "bc:sec:I"], ["bc:fig:rate", "bc:sec:I"],
      ["bc:sec:I.1", "bc:sec:I"], ["bc:per:label", "bc:sec:I.1"], ["bc:tbl:T1", null],
      ["bc:tbl:T1:r0c0", "bc:tbl:T1"], ["bc:tbl:T1:r0c1", "bc:tbl:T1"], ["bc:tbl:T1:r1c0", "bc:tbl:T1"], ["bc:tbl:T1:r1c1", "bc:tbl:T1"],
    ]);
    expect(before.controls[0]).toMatchObject({ title: "Tiêu đề", appearance: "Hidden", cannotDelete: true, cannotEdit: false });
    expect(before.controls[2]).toMatchObject({ text: "2.600", cannotEdit: true, title: "Tổng số" });
    expect(before.controls[3]).toMatchObject({ cannotEdit: true, cannotDelete: true, appearance: "Tags" });
    expect(before.tables).toEqual([[["Chỉ tiêu", "Kết quả"], ["", "Kỳ này", "Lũy kế"], ["Hồ sơ", "10", "20"], ["Đúng hạn", "9", "18"]]]);
    expect(before.parts).toHaveLength(1);
  });

  it("writes merges, header rows, numbering and the section with its header into the package", async () => {
    const bytes = await (await buildReport()).save();
    const doc = (await partText(bytes, "word/document.xml"))!;
    parseStrict(doc);
    expect(doc).toContain('<w:gridSpan w:val="2"/>');
    expect(doc).toContain('<w:vMerge w:val="restart"/>');
    expect(doc).toContain("<w:vMerge/>");
    expect((doc.match(/<w:tblHeader\/>/g) ?? []).length).toBe(2);
    expect(doc).toContain('<w:lock w:val="sdtContentLocked"/>');
    expect(doc).toContain('<w15:appearance w15:val="tags"/>');
    // Section: A4, margins, title page, a default header whose relationship leads to a part with a PAGE field.
    const sect = /<w:sectPr>.*<\/w:sectPr><\/w:body>/.exec(doc)![0];
    expect(sect).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(sect).toContain('w:left="1701"');
    expect(sect).toContain("<w:titlePg/>");
    const rId = /<w:headerReference w:type="default" r:id="([^"]+)"\/>/.exec(sect)![1];
    const rels = (await partText(bytes, "word/_rels/document.xml.rels"))!;
    const target = new RegExp(`Id="${rId}" Type="[^"]+/header" Target="([^"]+)"`).exec(rels)![1];
    const header = (await partText(bytes, `word/${target}`))!;
    expect(header).toContain(" PAGE ");
    expect(await partText(bytes, "[Content_Types].xml")).toContain(`PartName="/word/${target}"`);
    // Numbering: the list paragraph's numId exists in numbering.xml and leads to an abstractNum.
    const numbering = (await partText(bytes, "word/numbering.xml"))!;
    const numIds = [...doc.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds.length).toBeGreaterThan(0);
    for (const id of numIds) expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="\\d+"/>`));
    // Styles: the package's new style was added, the resident Normal kept (Word's rule).
    const styles = (await partText(bytes, "word/styles.xml"))!;
    expect(styles).toContain('w:styleId="BaoCaoTitle"');
    expect(styles).not.toContain('<w:sz w:val="40"/>');
    expect(await partNames(bytes)).toEqual(expect.arrayContaining(["docProps/custom.xml", "word/settings.xml", "word/styles.xml"]));
  });

  it("keeps parts it does not model (an image) byte for byte", async () => {
    const host = await buildReport();
    const bytes = await host.save();
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    zip.file("word/media/extra.png", png);
    const withImage = await zip.generateAsync({ type: "uint8array" });
    const saved = await (await openDocx(withImage)).save();
    const back = await (await JSZip.loadAsync(saved)).file("word/media/extra.png")!.async("uint8array");
    expect(Array.from(back)).toEqual(Array.from(png));
  });

  it("gives controls with duplicate ids in an opened file unique ids", async () => {
    const bytes = await (await buildReport()).save();
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(/<w:id w:val="\d+"\/>/g, '<w:id w:val="7"/>');
    zip.file("word/document.xml", xml);
    const host = await openDocx(await zip.generateAsync({ type: "uint8array" }));
    const ids = await host.run(async (ctx) => {
      const ccs = ctx.document.contentControls.load("items/id");
      await ctx.sync();
      return ccs.items.map((c) => c.id);
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});
