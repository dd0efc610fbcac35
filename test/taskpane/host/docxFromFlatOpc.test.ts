/** @jest-environment jsdom */
/**
 * The pane's self-test zips the rendered report with the browser's own DOMParser/XMLSerializer and fflate
 * (`docxFromFlatOpc`), not with the headless Word's xmldom and JSZip: the .docx it gives must carry the same
 * parts and content, and pass the self-test's file-insert checks in every Word that has them.
 */
import "../../support/jsdomEncoding";
import { openDocx } from "../../../src/docx";
import { flatOpcToDocx } from "../../../src/docx/package/flatOpcToDocx";
import { OpcPackage } from "../../../src/docx/package/OpcPackage";
import { docxBase64FromFlatOpc, docxFromFlatOpc } from "../../../src/taskpane/host/docxFromFlatOpc";
import { capabilitiesOf, WordSession } from "../../../src/word";
import { shippedRenderer } from "../../../src/word/operations/shippedRenderer";
import { runSelfTest, sampleInput } from "../../../src/word/selfTest";

const bodyText = async (bytes: Uint8Array): Promise<string> => {
  const host = await openDocx(bytes);
  return host.run(async (context) => {
    const body = context.document.body.load("text");
    const controls = context.document.contentControls.load("items/tag");
    await context.sync();
    return `${body.text}\n${controls.items.map((c) => c.tag).join(",")}`;
  });
};

describe("docxFromFlatOpc", () => {
  const flat = shippedRenderer.report(sampleInput());

  it("gives the same parts, content types and document as the headless Word's flatOpcToDocx", async () => {
    const ours = await OpcPackage.fromZip(docxFromFlatOpc(flat));
    const theirs = await OpcPackage.fromZip(await flatOpcToDocx(flat));
    expect([...ours.partNames()].sort()).toEqual([...theirs.partNames()].sort());
    for (const name of theirs.partNames()) expect([name, ours.contentTypeOf(name)]).toEqual([name, theirs.contentTypeOf(name)]);
    const text = await bodyText(docxFromFlatOpc(flat));
    expect(text).toContain("bc:fig:");
    expect(text).toBe(await bodyText(await flatOpcToDocx(flat)));
  });

  it("refuses a text that is not a Flat OPC package", () => {
    expect(() => docxFromFlatOpc("<w:document xmlns:w='urn:x'/>")).toThrow(/Flat OPC/);
    expect(() => docxFromFlatOpc("<pkg:package")).toThrow(/Flat OPC/);
  });

  it.each(["m365", "1.4"] as const)("passes the self-test's file-insert checks on the %s Word", async (profile) => {
    const host = await openDocx(undefined, { profile });
    const session = new WordSession((batch) => host.run(batch), capabilitiesOf((n, v) => host.isSetSupported(n, v)));
    const report = await runSelfTest(session, {
      renderer: shippedRenderer,
      isSetSupported: (n, v) => host.isSetSupported(n, v),
      toBase64Docx: docxBase64FromFlatOpc,
    });
    const status = (id: string) => report.checks.find((c) => c.id === id)?.status;
    expect(status("insert.bodyFile")).toBe("passed");
    expect(status("insert.documentFile")).toBe(profile === "m365" ? "passed" : "skipped");
  });
});
