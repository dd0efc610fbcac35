/**
 * The pane's “Kiểm tra tương thích” in the playground, in headless Chromium: the clerk picks the Word to play,
 * opens the panel, runs the self-test, agrees to a blank scratch document, and sees every check passed, with
 * Word's version; the open document in the preview is not touched.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, DIST, ensureProductionBuild, launchChromium, ROOT } from "./support/browser";
import { serveStatic, type StaticServer } from "./support/staticServer";

const SHOTS = join(ROOT, "test-output", "browser");
type Probe = { renders: number; syncs: number };

const describeInBrowser = chromiumAvailable("test/browser/selfTest.test.ts") ? describe : describe.skip;

describeInBrowser("Kiểm tra tương thích in the playground", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}/playground.html`);
    await page.waitForFunction(() => ((window as { __baocaoPlayground?: Probe }).__baocaoPlayground?.renders ?? 0) >= 1);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pane = () => page.getByRole("complementary", { name: "Bảng tác vụ" });
  const syncs = () => page.evaluate(() => (window as { __baocaoPlayground?: Probe }).__baocaoPlayground?.syncs ?? 0);

  it.each([
    ["office2021", "WordApi 1.3"],
    ["m365", "WordApiDesktop 1.3"],
  ])("under %s: every check passes on a scratch document, and the report names the API sets", async (profile, set) => {
    await page.getByRole("combobox", { name: "Word giả lập" }).selectOption(profile);
    await pane().getByRole("heading", { level: 1 }).waitFor();
    const before = await syncs();
    await pane().getByRole("button", { name: "Kiểm tra tương thích" }).click();
    await pane().getByRole("button", { name: "Chạy kiểm tra" }).click();
    await pane().getByRole("button", { name: "Đồng ý, chạy kiểm tra" }).click();
    await pane().getByText("Word này làm được mọi thao tác của baocao").waitFor({ timeout: 120_000 });
    const rows = pane().getByRole("list", { name: "Các mục kiểm tra tương thích" }).getByRole("listitem");
    const statuses = await rows.evaluateAll((items) => items.map((i) => i.getAttribute("data-status")));
    expect(statuses.filter((s) => s === "passed").length).toBeGreaterThanOrEqual(20);
    expect(statuses.filter((s) => s === "failed")).toEqual([]);
    await expect(pane().getByText(`baocao playground (${profile})`, { exact: false }).first().isVisible()).resolves.toBe(true);
    await pane().getByRole("button", { name: "Chi tiết kỹ thuật" }).click();
    await expect(pane().getByText(new RegExp(`API sets: .*${set}`)).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, `30-selftest-${profile}.png`) });
    // The document in the preview was not the scratch one: nothing was sent to it.
    expect(await syncs()).toBe(before);
    expect(errors).toEqual([]);
  }, 180_000);
});
