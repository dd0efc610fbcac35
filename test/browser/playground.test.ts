/**
 * The playground in headless Chromium, as a clerk would use it without Word: a blank document, figures of
 * T2 pasted from Excel, the template inserted with them, then T2 pasted again with one number changed,
 * reviewed and applied. The preview must show the new number, and the downloaded .docx must hold it inside
 * its cell's content control. Screenshots of each step go to test-output/browser/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, DIST, ensureProductionBuild, launchChromium, ROOT } from "./support/browser";
import { controlTexts } from "./support/docxText";
import { pastedT2 } from "./support/pastedT2";
import { serveStatic, type StaticServer } from "./support/staticServer";

const SHOTS = join(ROOT, "test-output", "browser");

const t2 = pastedT2;

const describeInBrowser = chromiumAvailable("test/browser/playground.test.ts") ? describe : describe.skip;

describeInBrowser("playground in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let downloaded = "";

  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on("pageerror", (error) => errors.push(error.message));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const renders = () =>
    page.evaluate(
      () => (window as { __baocaoPlayground?: { renders: number } }).__baocaoPlayground?.renders ?? 0,
    );
  const drawnAfter = (count: number) =>
    page.waitForFunction(
      (n) => ((window as { __baocaoPlayground?: { renders: number } }).__baocaoPlayground?.renders ?? 0) > n,
      count,
    );
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  /** Waits until the preview shows a text: docx-preview empties its container before drawing the next picture. */
  const previewShows = (text: string | RegExp) =>
    page.getByTestId("preview").getByText(text).first().waitFor({ timeout: 30_000 });
  const pane = () => page.getByRole("complementary", { name: "Bảng tác vụ" });
  const paste = async (text: string) => {
    const box = pane().getByRole("textbox", { name: /Dán bảng hoặc danh sách chỉ tiêu/ });
    await box.fill(text);
    await pane().getByRole("button", { name: "Dùng số liệu này" }).click();
  };

  it("opens on a blank document with the insert form", async () => {
    await page.goto(`${server.url}/playground.html`);
    await page.waitForFunction(
      () => ((window as { __baocaoPlayground?: { renders: number } }).__baocaoPlayground?.renders ?? 0) >= 1,
    );
    await pane().getByRole("form", { name: "Chèn mẫu báo cáo" }).waitFor();
    // The figures service is offered first; this test pastes from a spreadsheet instead.
    await pane().getByRole("radio", { name: "Dán từ Excel" }).check();
    expect(await pane().getByRole("radio", { name: "Dán từ Excel" }).isChecked()).toBe(true);
    // A blank document: the preview shows no text yet.
    expect((await page.getByTestId("preview").innerText()).trim()).toBe("");
    await shot("01-blank-document");
  });

  it("inserts the template for Quý I/2021 filled with pasted T2 figures", async () => {
    const form = pane().getByRole("form", { name: "Chèn mẫu báo cáo" });
    await form.getByRole("spinbutton", { name: "Năm" }).fill("2021");
    await form.getByRole("radio", { name: "Quý I" }).check();
    await paste(t2("2.555", "2.460"));
    await expect(form.getByRole("checkbox", { name: "Điền luôn số liệu đã tải" }).isChecked()).resolves.toBe(
      true,
    );
    const before = await renders();
    await form.getByRole("button", { name: "Chèn mẫu báo cáo" }).click();
    await pane().getByRole("group", { name: "Đã chèn mẫu" }).waitFor({ timeout: 30_000 });
    await drawnAfter(before);
    await previewShows("2.460");
    await shot("02-template-inserted");
  });

  it("previews a pasted T2 with one changed number, with the column mapping", async () => {
    const box = pane().getByRole("textbox", { name: /Dán bảng hoặc danh sách chỉ tiêu/ });
    await box.fill(t2("2.565", "2.470"));
    await pane().getByText("Đọc là: Bảng “Dịch vụ công trực tuyến mức độ 3, 4”").waitFor();
    await expect(
      pane().getByRole("list", { name: "Cột dán → cột của mẫu" }).getByRole("listitem").count(),
    ).resolves.toBe(7);
    await pane()
      .getByRole("table", { name: /Dữ liệu dán/ })
      .evaluate((table) => table.scrollIntoView({ block: "center" }));
    await shot("03-paste-preview");
  });

  it("reviews the changes, old → new, and selects one in the document", async () => {
    await pane().getByRole("button", { name: "Dùng số liệu này" }).click();
    const changes = pane().getByRole("table", { name: /dịch vụ công trực tuyến mức độ 3, 4/i });
    await changes.waitFor({ timeout: 30_000 });
    // A short window, so that the review is longer than the pane: "Áp dụng" must still be in view, unscrolled to.
    await page.setViewportSize({ width: 1400, height: 480 });
    const paneBox = await page.getByRole("complementary", { name: "Bảng tác vụ" }).boundingBox();
    expect(paneBox?.width).toBe(350);
    // The clerk reads the review from its top; the list runs on below the pane's bottom edge.
    await changes.evaluate((table) => table.scrollIntoView({ block: "start" }));
    // The review's rows and the narrower layout settle over a few frames on a loaded machine: wait for them.
    const scrolls = await pane()
      .evaluate((p) => new Promise<boolean>((settled) => {
        const started = performance.now();
        const look = (): void => {
          if (p.scrollTop + p.clientHeight < p.scrollHeight) settled(true);
          else if (performance.now() - started > 10_000) settled(false);
          else requestAnimationFrame(look);
        };
        look();
      }));
    expect(scrolls).toBe(true);
    const applyBox = await pane().getByRole("button", { name: "Áp dụng" }).boundingBox();
    expect(applyBox && paneBox && applyBox.y + applyBox.height <= paneBox.y + paneBox.height && applyBox.y >= paneBox.y).toBe(true);
    await shot("04a-review-350px-apply-in-view");
    await page.setViewportSize({ width: 1400, height: 900 });
    const row = changes.getByRole("row").filter({ hasText: "2.470" }).first();
    await expect(row.innerText()).resolves.toMatch(/2\.460\s+2\.470/);
    const before = await renders();
    await row.getByRole("button", { name: /^Bảng/ }).click();
    await drawnAfter(before);
    await expect(page.getByTestId("selection").innerText()).resolves.toMatch(
      /^Đang chọn: Bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1, cột “Số hồ sơ thực hiện mức độ 3 và 4”$/,
    );
    await expect(page.locator("#baocao-selected").count()).resolves.toBe(1);
    await shot("04-review-and-selection");
  });

  it("applies the changes: the preview and the downloaded .docx show the new number in T2's cell control", async () => {
    const before = await renders();
    await pane().getByRole("button", { name: "Áp dụng" }).click();
    await pane().getByRole("group", { name: "Đã cập nhật" }).waitFor({ timeout: 30_000 });
    await drawnAfter(before);
    await previewShows("2.470");
    await previewShows("2.565");
    await shot("05-applied");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải xuống" }).click(),
    ]);
    // Named after the report, as the office files it.
    expect(download.suggestedFilename()).toBe("BC-CCHC-SCT-2021-Q1.docx");
    downloaded = (await download.path())!;
    const bytes = new Uint8Array(readFileSync(downloaded));
    const controls = await controlTexts(bytes);
    expect(controls.get("bc:fig:T2.r1.c4")).toEqual(["2.470"]);
    expect(controls.get("bc:fig:T2.r1.c3")).toEqual(["2.565"]);
    expect(controls.get("bc:fig:T2.rTotal.c4")).toEqual(["2.470"]);
  });

  it("opens the downloaded .docx again: a report of Quý I/2021 with the new number", async () => {
    await page.getByRole("button", { name: "Tài liệu trống" }).click();
    await pane().getByRole("form", { name: "Chèn mẫu báo cáo" }).waitFor({ timeout: 30_000 });
    // The blank page is drawn: nothing of the report is left in the preview.
    await page
      .getByTestId("preview")
      .getByText("2.470")
      .first()
      .waitFor({ state: "detached", timeout: 30_000 });
    const before = await renders();
    await page.getByLabel("Mở .docx…").setInputFiles({
      name: "bao-cao.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: readFileSync(downloaded),
    });
    await drawnAfter(before);
    await pane().getByText("Quý I năm 2021", { exact: true }).waitFor({ timeout: 30_000 });
    await previewShows("2.470");
    await shot("06-reopened");
    expect(errors).toEqual([]);
  });
});
