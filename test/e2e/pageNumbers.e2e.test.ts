/**
 * ND 30 numbers pages from page 2. `baocao new` under the Word of each profile, converted by LibreOffice, read
 * page by page: where the host has PageSetup (m365) the first page carries no number and page 2 starts with "2";
 * where it has not (Office 2021) the first page is numbered too — and then `baocao check` lists the page-setup
 * items the clerk must set by hand. No profile loses them without saying so.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertToPdf, itWithLibreOffice } from "../support/libreOffice";
import { runCliJson } from "../support/runCli";

const figures = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
const dir = mkdtempSync(join(tmpdir(), "baocao-pages-"));

/** The first non-blank line of each of the first `n` pages, as pdftotext lays it out. */
const firstLines = (pdf: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) =>
    execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"])
      .toString("utf8")
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "") ?? "",
  );

async function made(api: string) {
  const docx = join(dir, `${api}.docx`);
  const made = await runCliJson<{ pageSetupByHand: string[] }>("new", "--data", figures, "-o", docx, "--api", api);
  expect(made.code).toBe(0);
  const check = await runCliJson<{ items: { code: string; params?: { item?: string } }[] }>("check", docx, "--api", api);
  const byHand = check.json.items.filter((i) => i.code === "ready.pageSetupByHand").map((i) => i.params?.item);
  return { pages: firstLines(convertToPdf(docx, dir), 3), byHand, announced: made.json.pageSetupByHand };
}

const it = itWithLibreOffice("e2e/pageNumbers.e2e.test.ts");

it("m365: PageSetup sets a different first page, so numbers start on page 2, and the check asks nothing by hand", async () => {
  const { pages, byHand, announced } = await made("m365");
  expect(pages[0]).toMatch(/^UBND TỈNH ĐỒNG NAI/);
  expect(pages[1]).toBe("2");
  expect(pages[2]).toBe("3");
  expect([byHand, announced]).toEqual([[], []]);
}, 240_000);

it("office2021: no PageSetup, so page 1 is numbered as LibreOffice shows, and new and check both list the first-page item for the clerk", async () => {
  const { pages, byHand, announced } = await made("office2021");
  expect(pages[1]).toBe("2");
  // What this Word cannot set shows in the printed pages, and is said: by `new`, and item by item by `check`.
  expect(pages[0]).toBe("1");
  expect(announced).toEqual(expect.arrayContaining(["firstPage"]));
  expect(byHand).toEqual(expect.arrayContaining(["paper", "margins", "firstPage"]));
}, 240_000);
