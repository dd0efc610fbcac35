/**
 * A report rendered end to end as people will see it: the Flat OPC inserted into a blank document of the headless
 * Word, saved, a preview copy converted by LibreOffice to PDF, then text and PNG pages. Files stay in `outDir`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openDocx } from "../../src/docx";
import { convertToPdf, pdfText, pdfToPngs } from "./libreOffice";
import { previewCopy } from "./previewCopy";

export type RenderedPdf = {
  readonly docx: string;
  readonly pdf: string;
  /** pdftotext -raw, page by page. */
  readonly pages: readonly string[];
  readonly pngs: readonly string[];
};

/** Saves `ooxml` as `<name>.docx` (as the headless Word writes it) and its LibreOffice rendering beside it. */
export async function renderToPdf(ooxml: string, outDir: string, name: string): Promise<RenderedPdf> {
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (f.startsWith(`${name}`)) rmSync(join(outDir, f), { force: true });
  const host = await openDocx();
  await host.run(async (ctx) => {
    ctx.document.body.insertOoxml(ooxml, "Replace");
    await ctx.sync();
  });
  const docx = join(outDir, `${name}.docx`);
  const saved = await host.save();
  writeFileSync(docx, saved);
  const preview = join(outDir, `${name}-preview.docx`);
  writeFileSync(preview, await previewCopy(saved));
  const pdf = convertToPdf(preview, outDir);
  const pages = pdfText(pdf, "raw").split("\f").filter((page) => page.trim() !== "");
  return { docx, pdf, pages, pngs: pdfToPngs(pdf, outDir, `${name}-page`, 60) };
}

/** A page's text without the page number the header prints at its top. */
export function withoutPageNumber(page: string): string {
  const lines = page.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first >= 0 && /^\d+$/.test(lines[first]?.trim() ?? "")) lines.splice(first, 1);
  return lines.join("\n");
}
