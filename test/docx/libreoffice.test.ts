/**
 * A document built and saved by the host converts to PDF with LibreOffice, and the PDF shows its text (page
 * number header from page 2 included). Without `soffice` the test is skipped loudly — except in CI, where it fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx, flatOpcToBase64 } from "../../src/docx";
import { flatOpc, para, run, sampleReport } from "./fixtures";

import { hasPoppler, hasSoffice, itWithLibreOffice } from "../support/libreOffice";

// LibreOffice renders and poppler reads the text back: without both the test is skipped loudly, in CI it fails.
const maybe = itWithLibreOffice("docx/libreoffice.test.ts");

describe("LibreOffice", () => {
  maybe("converts a saved document to PDF without error", async () => {
    expect(hasSoffice() && hasPoppler()).toBe(true);
    const host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.insertFileFromBase64(await flatOpcToBase64(sampleReport()), "Replace");
      // A second page, so the header (page number from page 2) is used.
      ctx.document.body.insertOoxml(flatOpc(para('<w:r><w:br w:type="page"/></w:r>' + run("Trang hai"))), "End");
      ctx.document.contentControls.getByTag("bc:fig:total").getFirst().insertText("2.600 <&>", "Replace");
      ctx.document.contentControls.getByTag("bc:per:label").getFirst().placeholderText = "Kỳ báo cáo";
      ctx.document.customXmlParts.add('<report xmlns="urn:baocao:report:1"/>');
      ctx.document.properties.customProperties.add("baocao.period", "2021-Q1");
      await ctx.sync();
    });
    const dir = mkdtempSync(join(tmpdir(), "docx-lo-"));
    try {
      const docx = join(dir, "report.docx");
      writeFileSync(docx, await host.save());
      execFileSync(
        "soffice",
        ["-env:UserInstallation=file:///tmp/lo-profile-docx", "--headless", "--convert-to", "pdf", "--outdir", dir, docx],
        { stdio: "pipe", timeout: 120_000 },
      );
      const pdf = join(dir, "report.pdf");
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
      expect(text).toContain("2.600 <&>");
      expect(text).toContain("Đúng hạn");
      expect(text).toContain("Trang hai");
      const pages = text.split("\f").filter((p) => p.trim() !== "");
      expect(pages.length).toBe(2);
      expect(pages[1]!.trimStart().startsWith("2")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  maybe("opens a .docx that LibreOffice wrote, edits it and saves a package LibreOffice converts", async () => {
    const host = await openDocx();
    await host.run(async (ctx) => {
      ctx.document.insertFileFromBase64(await flatOpcToBase64(sampleReport()), "Replace");
      await ctx.sync();
    });
    const dir = mkdtempSync(join(tmpdir(), "docx-lo-"));
    try {
      const ours = join(dir, "ours.docx");
      writeFileSync(ours, await host.save());
      const lo = (file: string, format: string, out: string): void => {
        execFileSync("soffice", ["-env:UserInstallation=file:///tmp/lo-profile-docx", "--headless", "--convert-to", format, "--outdir", out, file], {
          stdio: "pipe",
          timeout: 120_000,
        });
      };
      const loDir = join(dir, "lo");
      lo(ours, "docx:MS Word 2007 XML", loDir);
      const reopened = await openDocx(readFileSync(join(loDir, "ours.docx")));
      await reopened.run(async (ctx) => {
        ctx.document.body.insertParagraph("Đoạn thêm sau LibreOffice", "End");
        await ctx.sync();
      });
      const again = join(dir, "again.docx");
      writeFileSync(again, await reopened.save());
      lo(again, "pdf", dir);
      expect(readFileSync(join(dir, "again.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
      expect(execFileSync("pdftotext", [join(dir, "again.pdf"), "-"]).toString()).toContain("Đoạn thêm sau LibreOffice");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
