/**
 * The headless Word does what Word does under each host profile, never more (src/docx/README.md, "Where Word
 * does less"): insertOoxml and Body.insertFileFromBase64 bring no headers, footers or section properties;
 * Document.insertFileFromBase64 does, and exists only from WordApi 1.5; PageSetup only under WordApiDesktop 1.3;
 * customXmlParts only from WordApi 1.4; an emptied control shows its placeholder.
 */
import JSZip from "jszip";
import { flatOpcToBase64, openDocx, PROFILE_NAMES, type DocxHost, type HostProfileName } from "../../src/docx";
import { flatOpc, inlineCc, para, run, sampleReport } from "./fixtures";
import { rejectsWith } from "./helpers";

const partText = async (bytes: Uint8Array, name: string): Promise<string | undefined> => (await JSZip.loadAsync(bytes)).file(name)?.async("string");

/** The text of every header and the final section's properties, as saved. */
async function headersAndSection(host: DocxHost): Promise<{ headers: string[]; sectPr: string }> {
  const bytes = await host.save();
  const zip = await JSZip.loadAsync(bytes);
  const headers = await Promise.all(
    Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)).sort().map((n) => zip.file(n)!.async("string")),
  );
  const doc = (await partText(bytes, "word/document.xml"))!;
  return { headers: headers.map((h) => [...h.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")), sectPr: /<w:sectPr>.*<\/w:sectPr><\/w:body>/.exec(doc)![0] };
}

/** A package whose section has a header saying `text`, A4 with a 30 mm left margin and a title page. */
const withHeader = (text: string): string =>
  flatOpc(para(run(`Nội dung ${text}`)), { withSection: true }).replace("<w:t>2</w:t>", `<w:t>${text}</w:t>`);

describe("host profiles", () => {
  it.each([
    ["office2021", { "WordApi 1.3": true, "WordApi 1.4": false, "WordApi 1.5": false, "WordApiDesktop 1.3": false, "WordApiHiddenDocument 1.3": true }],
    ["1.4", { "WordApi 1.3": true, "WordApi 1.4": true, "WordApi 1.5": false, "WordApiDesktop 1.3": false, "WordApiHiddenDocument 1.3": true }],
    ["m365", { "WordApi 1.3": true, "WordApi 1.4": true, "WordApi 1.5": true, "WordApiDesktop 1.3": true, "WordApiHiddenDocument 1.3": true }],
    ["web", { "WordApi 1.3": true, "WordApi 1.4": true, "WordApi 1.5": true, "WordApiDesktop 1.3": false, "WordApiHiddenDocument 1.3": false }],
  ] as const)("%s answers isSetSupported per its requirement sets", async (profile, expected) => {
    const host = await openDocx(undefined, { profile });
    const answers = Object.fromEntries(Object.keys(expected).map((k) => {
      const [set, version] = k.split(" ");
      return [k, host.isSetSupported(set!, version)];
    }));
    expect(answers).toEqual(expected);
  });

  it("insertOoxml of a package with a header leaves the document's headers and section as they were", async () => {
    const host = await openDocx(undefined, { profile: "m365" });
    await host.run(async (ctx) => {
      ctx.document.insertFileFromBase64(await flatOpcToBase64(withHeader("Đầu trang cũ")), "Replace");
      await ctx.sync();
    });
    const before = await headersAndSection(host);
    expect(before.headers).toEqual(["Đầu trang cũ"]);
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml(withHeader("Đầu trang mới").replace('w:left="1701"', 'w:left="3000"'), "Replace");
      await ctx.sync();
    });
    expect(await headersAndSection(host)).toEqual(before);
  });

  it("insertOoxml into a blank document brings neither the header nor the title page nor the margins", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml(sampleReport(), "Replace");
      await ctx.sync();
    });
    const { headers, sectPr } = await headersAndSection(host);
    expect(headers).toEqual([]);
    expect(sectPr).not.toContain("titlePg");
    expect(sectPr).not.toContain("headerReference");
    expect(sectPr).toContain('w:left="1134"');
  });

  it("Body.insertFileFromBase64 brings the content without the header (by design in Word)", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      const range = ctx.document.body.insertFileFromBase64(await flatOpcToBase64(withHeader("Đầu trang")), "Replace");
      range.load("text");
      await ctx.sync();
      expect(range.text).toBe("Nội dung Đầu trang");
    });
    expect((await headersAndSection(host)).headers).toEqual([]);
  });

  it("Document.insertFileFromBase64 under m365 brings headers, the title page and the margins", async () => {
    const host = await openDocx(undefined, { profile: "m365" });
    await host.run(async (ctx) => {
      ctx.document.insertFileFromBase64(await flatOpcToBase64(withHeader("Trang")), "Replace", { importStyles: false });
      const header = ctx.document.sections.getFirst().getHeader("Primary").load("text");
      await ctx.sync();
      expect(header.text).toBe("Trang");
    });
    const { headers, sectPr } = await headersAndSection(host);
    expect(headers).toEqual(["Trang"]);
    expect(sectPr).toContain("<w:titlePg/>");
    expect(sectPr).toContain('w:left="1701"');
  });

  it.each(["office2021", "1.4"] as const)("Document.insertFileFromBase64 does not exist under %s (ApiNotFound), nothing changes", async (profile) => {
    const host = await openDocx(undefined, { profile });
    const base64 = await flatOpcToBase64(withHeader("Trang"));
    const error = await rejectsWith(host.run(async (ctx) => {
      ctx.document.insertFileFromBase64(base64, "Replace");
      await ctx.sync();
    }), "ApiNotFound");
    expect(error.debugInfo.errorLocation).toBe("Document.insertFileFromBase64");
    expect((await headersAndSection(host)).headers).toEqual([]);
  });

  it("a file above 4 MB is refused", async () => {
    const host = await openDocx();
    const big = "A".repeat(Math.ceil((4 * 1024 * 1024 + 10) / 3) * 4);
    await rejectsWith(host.run(async (ctx) => {
      ctx.document.insertFileFromBase64(big, "Replace");
      await ctx.sync();
    }), "GeneralException");
  });

  it("customXmlParts needs WordApi 1.4: refused under office2021, present under the others", async () => {
    for (const profile of PROFILE_NAMES) {
      const host = await openDocx(undefined, { profile });
      const run = host.run(async (ctx) => {
        ctx.document.customXmlParts.load("items");
        await ctx.sync();
      });
      if (profile === "office2021") await rejectsWith(run, "ApiNotFound");
      else await expect(run).resolves.toBeUndefined();
    }
  });

  it("sections: the header and footer bodies are written through getHeader/getFooter under every profile", async () => {
    for (const profile of PROFILE_NAMES) {
      const host = await openDocx(undefined, { profile });
      await host.run(async (ctx) => {
        const section = ctx.document.sections.getFirst();
        section.getHeader("Primary").insertText("Số trang", "Replace");
        section.getFooter("FirstPage").insertText("Chân trang", "Replace");
        await ctx.sync();
        const sections = ctx.document.sections.load("items");
        const header = ctx.document.sections.getFirst().getHeader("Primary").load("text,type");
        await ctx.sync();
        expect([sections.items.length, header.text, header.type]).toEqual([1, "Số trang", "Header"]);
      });
      const doc = (await partText(await host.save(), "word/document.xml"))!;
      expect(doc).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/><w:footerReference w:type="first" r:id="[^"]+"\/><w:pgSz/);
    }
  });

  const pageSetupRun = (host: DocxHost) =>
    host.run(async (ctx) => {
      const setup = ctx.document.sections.getFirst().pageSetup;
      setup.paperSize = "A4";
      setup.leftMargin = 85.05;
      setup.differentFirstPageHeaderFooter = true;
      await ctx.sync();
      const read = ctx.document.pageSetup.load("paperSize,leftMargin,topMargin,differentFirstPageHeaderFooter,pageWidth");
      await ctx.sync();
      return read.toJSON();
    });

  it("PageSetup (WordApiDesktop 1.3) sets and reads A4, margins and the different first page under m365", async () => {
    const host = await openDocx(undefined, { profile: "m365" });
    expect(await pageSetupRun(host)).toEqual({ paperSize: "A4", leftMargin: 85.05, topMargin: 56.7, differentFirstPageHeaderFooter: true, pageWidth: 595.3 });
    const doc = (await partText(await host.save(), "word/document.xml"))!;
    expect(doc).toMatch(/w:left="1701".*<w:titlePg\/>/);
  });

  it.each(["office2021", "1.4", "web"] as const)("PageSetup does not exist under %s", async (profile: HostProfileName) => {
    await rejectsWith(pageSetupRun(await openDocx(undefined, { profile })), "ApiNotFound");
  });

  it("an emptied control shows its placeholder; the next write replaces it", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml(flatOpc(para(run("Số ") + inlineCc({ tag: "n" }, "12"))), "Replace");
      const cc = ctx.document.contentControls.getByTag("n").getFirst();
      cc.insertText("", "Replace");
      cc.load("text");
      await ctx.sync();
      expect(cc.text).toBe("Click or tap here to enter text.");
      cc.insertText("13", "End");
      cc.load("text");
      await ctx.sync();
      expect(cc.text).toBe("13");
    });
    expect(await partText(await host.save(), "word/document.xml")).not.toContain("showingPlcHdr");
  });

  it("on the web the emptied control shows Word's default placeholder, and setting one is refused (office-js#1515, #785)", async () => {
    const host = await openDocx(undefined, { profile: "web" });
    await host.run(async (ctx) => {
      ctx.document.body.insertOoxml(flatOpc(para(inlineCc({ tag: "n" }, "12"))), "Replace");
      const cc = ctx.document.contentControls.getByTag("n").getFirst();
      cc.clear();
      cc.load("text");
      await ctx.sync();
      expect(cc.text).toBe("Click here to enter text.");
      cc.placeholderText = "Nhập số";
      await rejectsWith(ctx.sync(), "NotImplemented");
    });
  });
});
