/**
 * “Nhận diện báo cáo cũ” in the playground, in headless Chromium: last quarter's report typed by hand (the
 * add-in's report stripped of its controls and metadata) is opened, the pane offers to recognise it, shows what
 * it recognised before writing anything, and wraps it on confirmation; the document is then a report the pane
 * manages. Screenshots go to test-output/browser/.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { draftedDocx, stripped, variedFigures } from "../adopt/clerkDocuments";
import { chromiumAvailable } from "./support/browser";
import { openPlayground, SHOTS } from "./support/playgroundPage";
import type { StaticServer } from "./support/staticServer";

const describeInBrowser = chromiumAvailable("test/browser/playgroundAdopt.test.ts")
  ? describe
  : describe.skip;

describeInBrowser("adopting a typed report in the playground", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let typed: Buffer;
  let errors: string[] = [];

  beforeAll(async () => {
    typed = Buffer.from(await stripped(await draftedDocx(variedFigures(31))));
    ({ server, browser, page, errors } = await openPlayground());
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pane = () => page.getByRole("complementary", { name: "Bảng tác vụ" });
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  it("recognises the report, shows it before writing, and wraps it on confirmation", async () => {
    await page.locator('input[type="file"]').setInputFiles({
      name: "bao-cao-quy-I-2021-go-tay.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: typed,
    });
    await pane()
      .getByRole("group", { name: "Tài liệu này chưa phải báo cáo của baocao" })
      .waitFor({ timeout: 30_000 });
    const form = pane().getByRole("form", { name: "Nhận diện báo cáo cũ" });
    await form.getByRole("button", { name: "Nhận diện" }).click();
    const preview = pane().getByRole("region", { name: "Kết quả nhận diện (chưa ghi gì vào tài liệu)" });
    await preview.waitFor({ timeout: 60_000 });
    await preview.scrollIntoViewIfNeeded();
    await shot("adopt-1-preview");
    await expect(preview.textContent()).resolves.toContain("Kỳ báo cáo: Quý I năm 2021");
    const tables = await preview.getByRole("row", { name: /^Bảng/ }).textContent();
    expect(tables).toBe("Bảng1111");
    // Nothing is written before the clerk confirms.
    await expect(
      pane().getByRole("group", { name: "Tài liệu này chưa phải báo cáo của baocao" }).isVisible(),
    ).resolves.toBe(true);

    await preview.getByRole("button", { name: "Gắn điều khiển cho báo cáo" }).click();
    const done = pane().getByRole("group", { name: "Đã nhận diện báo cáo" });
    await done.waitFor({ timeout: 60_000 });
    await expect(done.textContent()).resolves.toMatch(/baocao đã nhận 63 mục, 11 bảng/);
    await pane().getByText("Đọc từ chính báo cáo (nhận diện báo cáo cũ)").waitFor({ timeout: 30_000 });
    await shot("adopt-2-adopted");
    expect(errors).toEqual([]);
  }, 180_000);
});
