/**
 * LibreOffice and poppler from tests: whether they are installed, .docx → PDF, PDF → text and PNG pages.
 * Outside CI a missing `soffice` skips the test that needs it, loudly; in CI it fails (see `requireSoffice`).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";

const runs = (command: string, args: readonly string[]): boolean => spawnSync(command, args, { stdio: "ignore" }).status === 0;

export const hasSoffice = (): boolean => runs("soffice", ["--version"]);
export const hasPoppler = (): boolean => runs("pdftotext", ["-v"]) && runs("pdftoppm", ["-v"]);

/**
 * `it` when the tools are there or in CI (where their absence must fail the test), else `it.skip` with a loud
 * warning naming what was not checked.
 */
export function itWithLibreOffice(what: string): jest.It {
  const ready = hasSoffice() && hasPoppler();
  if (!ready && !process.env.CI) {
    console.warn(`\n\n*** ${what} SKIPPED: LibreOffice (soffice) or poppler-utils is not installed; the rendered report was NOT checked. ***\n`);
  }
  return ready || process.env.CI ? it : it.skip;
}

/** Converts a .docx to PDF in `outDir` with a profile of its own (parallel runs do not share one). */
export function convertToPdf(docxPath: string, outDir: string): string {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file:///tmp/lo-render-${process.pid}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, docxPath],
    { stdio: "pipe", timeout: 180_000 },
  );
  const pdf = join(outDir, basename(docxPath).replace(/\.docx$/, ".pdf"));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docxPath}`);
  return pdf;
}

/**
 * The text of a PDF: `raw` in the order LibreOffice wrote it (a table cell's lines together, cells row by row),
 * `layout` with the columns side by side as printed. Pages are separated by form feeds.
 */
export function pdfText(pdfPath: string, mode: "raw" | "layout"): string {
  return execFileSync("pdftotext", [`-${mode}`, "-enc", "UTF-8", pdfPath, "-"], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString("utf8");
}

/** PNG pages of a PDF at `dpi`, named `<prefix>-<n>.png`; returns their paths in page order. */
export function pdfToPngs(pdfPath: string, outDir: string, prefix: string, dpi = 60): string[] {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), pdfPath, join(outDir, prefix)], { stdio: "pipe" });
  return readdirSync(outDir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".png"))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]))
    .map((f) => join(outDir, f));
}
