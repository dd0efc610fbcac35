/**
 * The figures workbook in the playground, in headless Chromium: on the sample report (Quý I/2021), the clerk
 * downloads the period's workbook, then chooses a workbook a division filled (T2's level-3/4 count changed),
 * reviews the change and applies it. The preview and the downloaded .docx must show the new number.
 * Screenshots go to test-output/browser/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Figures } from "../../src/domain/figures/schema";
import { findAgency } from "../../src/domain/template/agencies";
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";
import { exportWorkbook, importWorkbook } from "../../src/workbook";
import { chromiumAvailable, ROOT } from "./support/browser";
import { controlTexts } from "./support/docxText";
import { openPlayground, previewDrawnAfter, previewRenders, SHOTS } from "./support/playgroundPage";
import type { StaticServer } from "./support/staticServer";

const FIXTURE = join(ROOT, "test", "fixtures", "figures", "sct-dongnai-2021-Q1.json");
const sample = (): Figures => JSON.parse(readFileSync(FIXTURE, "utf8")) as Figures;

const describeInBrowser = chromiumAvailable("test/browser/playgroundWorkbook.test.ts") ? describe : describe.skip;

describeInBrowser("playground: figures from an Excel workbook, in Chromium", () => {
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

  it("opens the sample report and picks the Excel workbook as the source", async () => {
    const before = await renders();
    await page.getByRole("button", { name: "Mở mẫu Quý I/2021" }).click();
    await drawnAfter(before);
    await pane().getByText("Quý I năm 2021", { exact: true }).waitFor({ timeout: 30_000 });
    await previewShows("2.460");
    // The data panel is open on a report; open it if it is not.
    const choice = pane().getByRole("radio", { name: "Tệp Excel" });
    if (!(await choice.isVisible())) await pane().getByRole("button", { name: "Số liệu", exact: true }).click();
    await choice.check();
    expect(await choice.isChecked()).toBe(true);
    await pane().getByRole("button", { name: "Tải sổ số liệu Excel" }).waitFor({ timeout: 30_000 });
    await shot("20-workbook-source");
  });

  it("downloads the period's workbook, holding the report's figures", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      pane().getByRole("button", { name: "Tải sổ số liệu Excel" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("so-lieu-2021-Q1.xlsx");
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    const read = await importWorkbook(bytes, { template: cchcQuarterlySct });
    expect(read.figures?.tables.T2).toEqual(sample().tables.T2);
    expect(read.figures?.fields).toEqual(sample().fields);
  });

  it("chooses a division's workbook, reviews the changed figure and applies it", async () => {
    const figures = sample();
    const t2 = figures.tables.T2;
    if (!t2) throw new Error("no T2 in the fixture");
    const changed: Figures = { ...figures, tables: { ...figures.tables, T2: { rows: [{ ...t2.rows[0], c4: 2470 }, ...t2.rows.slice(1)] } } };
    const agency = findAgency("sct-dongnai");
    if (!agency) throw new Error("no agency");
    const workbook = await exportWorkbook({ template: cchcQuarterlySct, agency, period: { year: 2021, kind: "Q1" }, figures: changed });

    await pane().locator('input[type="file"]').setInputFiles({
      name: "so-lieu-phong-a.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(workbook),
    });
    await pane().getByRole("group", { name: "Đã đọc so-lieu-phong-a.xlsx" }).waitFor({ timeout: 60_000 });
    await shot("21-workbook-read");
    await pane().getByRole("button", { name: "Dùng số liệu này" }).click();

    const changes = pane().getByRole("table", { name: /dịch vụ công trực tuyến mức độ 3, 4/i });
    await changes.waitFor({ timeout: 30_000 });
    await expect(pane().getByText("Số liệu mới: Tệp so-lieu-phong-a.xlsx").count()).resolves.toBe(1);
    const row = changes.getByRole("row").filter({ hasText: "2.470" }).first();
    await expect(row.innerText()).resolves.toMatch(/2\.460\s+2\.470/);
    await shot("22-workbook-review");

    const before = await renders();
    await pane().getByRole("button", { name: "Áp dụng" }).click();
    await pane().getByRole("group", { name: "Đã cập nhật" }).waitFor({ timeout: 30_000 });
    await drawnAfter(before);
    await previewShows("2.470");
    await shot("23-workbook-applied");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải xuống" }).click()]);
    const controls = await controlTexts(new Uint8Array(readFileSync((await download.path())!)));
    expect(controls.get("bc:fig:T2.r1.c4")).toEqual(["2.470"]);
    expect(controls.get("bc:fig:T2.rTotal.c4")).toEqual(["2.470"]);
    expect(errors).toEqual([]);
  });
});
