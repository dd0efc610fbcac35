/**
 * The playground's sample report (Quý I/2021, built in the page through the pane's ReportDocument) in headless
 * Chromium: the outline and the checks go to their places in the preview, the report rolls forward to 6 tháng
 * after a confirmation, a WordApi 1.3 host says what it cannot protect, and the pane reads in English and in
 * the dark theme. Screenshots go to test-output/browser/.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable } from "./support/browser";
import { openPlayground, SHOTS } from "./support/playgroundPage";
import type { StaticServer } from "./support/staticServer";

type Probe = { renders: number; selection: string | undefined };

const describeInBrowser = chromiumAvailable("test/browser/playgroundSample.test.ts")
  ? describe
  : describe.skip;

describeInBrowser("playground sample in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ server, browser, page, errors } = await openPlayground());
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const renders = () =>
    page.evaluate(() => (window as { __baocaoPlayground?: Probe }).__baocaoPlayground?.renders ?? 0);
  const drawnAfter = (count: number) =>
    page.waitForFunction(
      (n) => ((window as { __baocaoPlayground?: Probe }).__baocaoPlayground?.renders ?? 0) > n,
      count,
      { timeout: 30_000 },
    );
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  /** Waits until the preview shows a text: docx-preview empties its container before drawing the next picture. */
  const previewShows = (text: string | RegExp) =>
    page.getByTestId("preview").getByText(text).first().waitFor({ timeout: 30_000 });
  const pane = () => page.getByRole("complementary", { name: /^(Bảng tác vụ|Task pane)$/ });
  const openSample = async () => {
    const before = await renders();
    await page.getByRole("button", { name: "Mở mẫu Quý I/2021" }).click();
    await drawnAfter(before);
    await pane().getByText("Quý I năm 2021", { exact: true }).waitFor({ timeout: 30_000 });
  };

  it("opens the sample report, filled with the Quý I/2021 figures", async () => {
    await openSample();
    await previewShows("Quí I năm 2021");
    await expect(pane().getByRole("term").allInnerTexts()).resolves.toEqual([
      "Mẫu báo cáo",
      "Cơ quan",
      "Kỳ báo cáo",
      "Cập nhật lần cuối",
      "Nguồn số liệu",
    ]);
    // Where its figures came from, as a person says it: the signed report's file, not a label of the software.
    await expect(pane().getByRole("definition").allInnerTexts()).resolves.toContain("Tệp bao-cao-cchc-quy-I-2021.txt");
    await shot("10-sample-status");
  });

  it("goes to a section from the outline", async () => {
    await pane().getByRole("button", { name: "Dàn ý" }).click();
    const nav = pane().getByRole("navigation", { name: "Dàn ý báo cáo" });
    await nav.waitFor({ timeout: 30_000 });
    expect(await nav.getByRole("button").count()).toBeGreaterThan(10);
    const before = await renders();
    await nav.getByRole("button").nth(3).click();
    await drawnAfter(before);
    await expect(page.getByTestId("selection").innerText()).resolves.toMatch(/^Đang chọn: Mục “/);
    await expect(page.locator("#baocao-selected").count()).resolves.toBe(1);
    await shot("11-outline-selection");
  });

  it("lists the checks before signing, grouped, each going to its place", async () => {
    await pane().getByRole("button", { name: "Kiểm tra trước khi ký" }).click();
    const groups = pane().getByRole("region", { name: /Phải sửa|Nên xem|Để văn thư điền/ });
    await groups.first().waitFor({ timeout: 30_000 });
    // The Quý I/2021 report has findings placed in the document (its T8 is inconsistent as signed, its header
    // fields are left for the records clerk): the first that has a place goes to it.
    const item = groups.getByRole("button").first();
    expect(await item.count()).toBe(1);
    const before = await renders();
    await item.click();
    await drawnAfter(before);
    await expect(page.getByTestId("selection").innerText()).resolves.toMatch(/^Đang chọn: /);
    await groups.first().evaluate((group) => group.scrollIntoView({ block: "start" }));
    await shot("12-checks");
  });

  it("rolls the report forward to 6 tháng after a confirmation", async () => {
    await pane().getByRole("button", { name: "Chuyển kỳ báo cáo" }).click();
    await pane().getByRole("button", { name: "Chuyển sang kỳ sau" }).click();
    // Fluent's Dialog opens over the whole page (a portal on the body), not inside the playground's pane region.
    const question = page.getByRole("alertdialog", { name: "Chuyển báo cáo sang 6 tháng đầu năm 2021?" });
    await question.waitFor();
    await shot("13-roll-forward-confirm");
    const before = await renders();
    await question.getByRole("button", { name: "Chuyển kỳ" }).click();
    const done = pane().getByRole("group", { name: "Đã chuyển kỳ" });
    await done.waitFor({ timeout: 30_000 });
    expect(await done.innerText()).toMatch(/6 tháng đầu năm 2021/);
    await drawnAfter(before);
    await previewShows(/0?6 tháng đầu năm 2021/);
    // The title no longer names the quarter it was rolled from.
    expect(await page.getByTestId("preview").innerText()).not.toMatch(/cải cách hành chính Qu[íý] I năm 2021/);
    await shot("14-rolled-forward");
  });

  it("reads in English, in Office's dark theme", async () => {
    await pane().getByRole("combobox", { name: "Ngôn ngữ" }).selectOption("en");
    // The playground's own toolbar follows the pane's language.
    await page.getByRole("toolbar").getByRole("button", { name: "Open the Q1 2021 sample" }).waitFor();
    await page.getByRole("switch", { name: "Dark theme" }).check();
    await pane().getByRole("heading", { level: 1, name: "CCHC report" }).waitFor();
    await pane().getByRole("button", { name: "Outline" }).waitFor();
    const background = () =>
      page.locator("aside .fui-FluentProvider").first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe("rgb(41, 41, 41)");
    await shot("15-english-dark");
    await pane().getByRole("combobox", { name: "Language" }).selectOption("vi");
    await page.getByRole("switch", { name: "Giao diện tối" }).uncheck();
    expect(await background()).toBe("rgb(255, 255, 255)");
  });

  it("on a WordApi 1.3 host, warns what the metadata fallback cannot protect", async () => {
    await page.getByRole("combobox", { name: "Word giả lập" }).selectOption("office2021");
    await openSample();
    const warning = pane().getByRole("group", { name: "Giới hạn của phiên bản Word này" });
    await warning.waitFor({ timeout: 30_000 });
    await expect(warning.innerText()).resolves.toContain("WordApi 1.3");
    await shot("16-wordapi-1.3");
    expect(errors).toEqual([]);
  });
});
