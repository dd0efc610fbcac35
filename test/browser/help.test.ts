/**
 * help.html as the clerk reaches it: from the pane's “Hướng dẫn sử dụng” link, served by `baocao serve --static`
 * (under a base path, as behind a province's reverse proxy). It has the three jobs and every check in Vietnamese
 * with English beside it, and its pictures of the pane load.
 */
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/server/startServer";
import { chromiumAvailable, DIST, ensureProductionBuild, launchChromium } from "./support/browser";

const describeInBrowser = chromiumAvailable("test/browser/help.test.ts") ? describe : describe.skip;

describeInBrowser("help.html, opened from the pane", () => {
  let server: RunningServer;
  let browser: Browser;
  let help: Page;
  const failed: string[] = [];

  beforeAll(async () => {
    ensureProductionBuild();
    server = await startServer({ port: 0, db: ":memory:", staticDir: DIST, basePath: "/baocao" });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/playground.html`);
    const pane = page.getByRole("complementary", { name: "Bảng tác vụ" });
    const link = pane.getByRole("link", { name: "Hướng dẫn sử dụng" });
    await link.waitFor({ timeout: 60_000 });
    const popup = page.waitForEvent("popup");
    await link.click();
    help = await popup;
    help.on("requestfailed", (request) => failed.push(request.url()));
    help.on("response", (response) => void (response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`)));
    await help.waitForLoadState("load");
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is the help page of the pane's own address", () => {
    expect(help.url()).toBe(`${server.url}/help.html`);
  });

  it("gives the three jobs in Vietnamese and in English beside it", async () => {
    const vi = help.locator('section[lang="vi"]');
    const en = help.locator('section[lang="en"]');
    await expect(vi.getByRole("heading", { level: 2 }).allInnerTexts()).resolves.toEqual([
      "1. Soạn báo cáo mới",
      "2. Cập nhật số liệu trước khi ký",
      "3. Dùng lại báo cáo kỳ trước",
      "Các kiểm tra trước khi ký",
    ]);
    await expect(en.getByRole("heading", { level: 2 }).allInnerTexts()).resolves.toEqual([
      "1. Draft a new report",
      "2. Refresh the figures before signing",
      "3. Reuse last quarter's report",
      "Checks before signing",
    ]);
    // Side by side on a wide screen.
    const [left, right] = [await vi.boundingBox(), await en.boundingBox()];
    expect(left && right && left.x + left.width <= right.x && Math.abs(left.y - right.y) < 2).toBe(true);
  });

  it("explains each check, the same ones in both languages", async () => {
    const vi = await help.locator('section[lang="vi"] dt').allInnerTexts();
    const en = await help.locator('section[lang="en"] dt').allInnerTexts();
    expect(vi).toEqual(expect.arrayContaining(["Thiếu số liệu", "Tổng không khớp", "Phần lớn hơn toàn bộ", "Kỳ báo cáo cũ", "Thể thức trang", "Số đã sửa tay"]));
    expect(vi.length).toBeGreaterThanOrEqual(9);
    expect(en).toHaveLength(vi.length);
    const explained = await help.locator("dd").evaluateAll((dds) => dds.every((dd) => (dd.textContent ?? "").trim().length > 20));
    expect(explained).toBe(true);
  });

  it("shows a picture of the pane for each job and for the checks, and every picture loads", async () => {
    const images = await help.locator("figure img").evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({ src: img.getAttribute("src"), loaded: img.complete && img.naturalWidth > 0, width: img.naturalWidth, alt: img.alt })),
    );
    expect(images).toHaveLength(8);
    expect(new Set(images.map((i) => i.src))).toEqual(new Set(["help/1-new-report.png", "help/2-refresh.png", "help/3-roll-forward.png", "help/4-checks.png"]));
    expect(images.filter((i) => !i.loaded || i.width !== 350)).toEqual([]);
    expect(images.every((i) => i.alt.length > 20)).toBe(true);
    expect(failed).toEqual([]);
  });
});
