/**
 * The playground shows what Word would (#14): the clerk clicks a figure in the preview and types a new value
 * into it, a hand edit stored in the headless document; refreshing with the same figures keeps it, and every
 * figure computed from it follows, so that the check before signing finds no sum or share that fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable } from "./support/browser";
import { controlTexts } from "./support/docxText";
import { openPlayground, previewDrawnAfter, previewRenders, SHOTS } from "./support/playgroundPage";
import type { StaticServer } from "./support/staticServer";
import { convertToPdf, itWithLibreOffice, pdfText } from "../support/libreOffice";
import { runCliJson } from "../support/runCli";

const FIXTURE = join(__dirname, "..", "fixtures", "figures", "sct-dongnai-2021-Q1.json");
const SUM_OR_RATIO = new Set(["check.sumMismatch", "check.ratioMismatch", "check.printedMismatch"]);

const describeInBrowser = chromiumAvailable("test/browser/playgroundTyping.test.ts") ? describe : describe.skip;

describeInBrowser("playground: typing a figure into the preview, in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ server, browser, page, errors } = await openPlayground({ acceptDownloads: true }));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const renders = () => previewRenders(page);
  const drawnAfter = (count: number) => previewDrawnAfter(page, count);
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  const previewShows = (text: string | RegExp) => page.getByTestId("preview").getByText(text).first().waitFor({ timeout: 30_000 });
  const pane = () => page.getByRole("complementary", { name: "Bảng tác vụ" });
  /** T2's first row in the preview: the row that shows 2.460. */
  const t2Row = () => page.getByTestId("preview").locator("tr").filter({ hasText: "2.460" }).first();

  it("types 110 over T2's 95 in the preview, as a clerk types in Word", async () => {
    const before = await renders();
    await page.getByRole("button", { name: "Mở mẫu Quý I/2021" }).click();
    await drawnAfter(before);
    await previewShows("2.460");
    // Computed cells are locked in Word: only the figures a clerk may type into open the typing.
    const typeable = t2Row().locator('a[href^="#baocao-edit-"]');
    await expect(typeable.allInnerTexts()).resolves.toEqual(["Công Thương", "2.460", "95"]);
    await typeable.filter({ hasText: /^95$/ }).click();
    const box = page.getByRole("textbox", { name: /^Gõ số liệu vào văn bản: Bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1, cột “/ });
    await expect(box.inputValue()).resolves.toBe("95");
    await box.fill("110");
    const typed = await renders();
    await box.press("Enter");
    await drawnAfter(typed);
    await expect(t2Row().innerText()).resolves.toMatch(/\b110\b/);
    await shot("30-typed-into-preview");
  });

  itWithLibreOffice("test/browser/playgroundTyping.test.ts: pages")("breaks the preview into pages as the printed report", async () => {
    const pages = page.getByTestId("preview").locator("section.docx");
    const sizes = await pages.evaluateAll((all) =>
      all.map((p) => ({ height: p.getBoundingClientRect().height, page: parseFloat(getComputedStyle(p).minHeight), number: p.querySelector("header")?.textContent ?? "" })),
    );
    // Every page is one A4 page high, numbered from page 2 at the top as the report's header numbers them.
    expect(sizes.length).toBeGreaterThan(5);
    for (const size of sizes) expect(size.height).toBeLessThanOrEqual(size.page + 1);
    expect(sizes.slice(1).map((s) => s.number.trim())).toEqual(sizes.slice(1).map((_, i) => String(i + 2)));
    await shot("33-preview-pages");
    // LibreOffice, laying out the same .docx, breaks it into about as many pages (fonts differ a little).
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải xuống" }).click()]);
    const dir = join(tmpdir(), `baocao-pages-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const docx = join(dir, "report.docx");
    writeFileSync(docx, readFileSync((await download.path())!));
    const printed = pdfText(convertToPdf(docx, dir), "raw").split("\f").filter((p) => p.trim() !== "").length;
    expect(Math.abs(sizes.length - printed)).toBeLessThanOrEqual(Math.max(2, Math.round(printed * 0.15)));
  }, 180_000);

  it("Esc leaves the figure as it was", async () => {
    await t2Row().locator('a[href^="#baocao-edit-"]').filter({ hasText: /^110$/ }).click();
    const box = page.getByRole("textbox", { name: /^Gõ số liệu vào văn bản:/ });
    await box.fill("999");
    await box.press("Escape");
    await expect(box.count()).resolves.toBe(0);
    await expect(t2Row().innerText()).resolves.not.toMatch(/999/);
  });

  it("keeps the hand edit through a refresh, recomputes what follows it, and the check finds no failing sum", async () => {
    const source = pane().getByRole("radio", { name: "Dán từ Excel" });
    if (!(await source.isVisible())) await pane().getByRole("button", { name: "Số liệu", exact: true }).click();
    await source.check();
    await pane().getByRole("textbox", { name: /Dán bảng hoặc danh sách chỉ tiêu/ }).fill(readFileSync(FIXTURE, "utf8"));
    await pane().getByRole("button", { name: "Dùng số liệu này" }).click();
    // The review offers the hand edit, kept by default.
    await pane().getByText("Giữ bản sửa tay").first().waitFor({ timeout: 30_000 });
    await shot("31-review-keeps-hand-edit");
    const before = await renders();
    await pane().getByRole("button", { name: "Áp dụng" }).click();
    await pane().getByRole("group", { name: "Đã cập nhật" }).waitFor({ timeout: 30_000 });
    await drawnAfter(before);
    await expect(t2Row().innerText()).resolves.toMatch(/110/);
    await shot("32-refreshed-with-hand-edit");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải xuống" }).click()]);
    const bytes = readFileSync((await download.path())!);
    const controls = await controlTexts(new Uint8Array(bytes));
    const t2 = (cell: string) => controls.get(`bc:fig:T2.${cell}`);
    // 2.460 + 110 = 2.570; 2.460 / 2.570 = 95,7 %; 110 / 2.570 = 4,3 %.
    expect([t2("r1.c6"), t2("r1.c3"), t2("r1.c5"), t2("r1.c7")]).toEqual([["110"], ["2.570"], ["95,7 %"], ["4,3 %"]]);
    expect([t2("rTotal.c3"), t2("rTotal.c6")]).toEqual([["2.570"], ["110"]]);
    const file = join(tmpdir(), `baocao-typed-${process.pid}.docx`);
    writeFileSync(file, bytes);
    const check = await runCliJson<{ items: { code: string }[] }>("check", file);
    expect(check.json.items.filter((i) => SUM_OR_RATIO.has(i.code))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("at the pane's 350 px, after a paste of the whole report and its review, keeps “Áp dụng” in view", async () => {
    // Every count of every table moved by one: the review lists the whole report, far longer than the pane.
    const figures = JSON.parse(readFileSync(FIXTURE, "utf8")) as { tables: Record<string, { rows: Record<string, unknown>[] }> };
    for (const table of Object.values(figures.tables))
      for (const row of table.rows) for (const [key, value] of Object.entries(row)) if (Number.isInteger(value) && (value as number) > 100) row[key] = (value as number) + 1;
    await pane().getByRole("textbox", { name: /Dán bảng hoặc danh sách chỉ tiêu/ }).fill(JSON.stringify(figures));
    await pane().getByRole("button", { name: "Dùng số liệu này" }).click();
    const apply = pane().getByRole("button", { name: "Áp dụng" });
    await apply.waitFor({ timeout: 30_000 });
    const paneBox = await pane().boundingBox();
    expect(paneBox?.width).toBe(350);
    const review = await pane().evaluate((p) => ({ scrolls: p.scrollHeight > p.clientHeight * 2, rows: p.querySelectorAll("tr").length }));
    expect(review.scrolls).toBe(true);
    expect(review.rows).toBeGreaterThan(10);
    const box = await apply.boundingBox();
    expect(box && paneBox && box.y >= paneBox.y && box.y + box.height <= paneBox.y + paneBox.height).toBe(true);
    await shot("34-whole-report-review-350px");
  });
});
