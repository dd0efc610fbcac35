// Takes the pictures of help.html: the task pane in the playground (headless Word in the browser), in Debian's
// chromium through playwright-core, one PNG per job and one of the checks, into src/taskpane/help/. Run after
// `npm run build` when the pane's look changes:  npx tsx scripts/help-screenshots.ts
// The pictures are committed (a few dozen KB): the help must not need a browser to be built.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Locator, type Page } from "playwright-core";
import { startServer } from "../src/server/startServer";
import { pastedT2 } from "../test/browser/support/pastedT2";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "src", "taskpane", "help");


async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer({ port: 0, db: ":memory:", staticDir: join(ROOT, "dist") });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, deviceScaleFactor: 1 });
    const pane = () => page.getByRole("complementary", { name: "Bảng tác vụ" });
    /** The pane, scrolled so that what the job is about starts at its top. */
    const shot = async (name: string, start: Locator) => {
      await start.evaluate((element) => element.scrollIntoView({ block: "start" }));
      await page.waitForTimeout(300);
      await pane().screenshot({ path: join(OUT, `${name}.png`) });
      console.log(`${name}.png`);
    };
    const paste = async (page: Page, text: string) => {
      await pane().getByRole("textbox", { name: /Dán bảng hoặc danh sách chỉ tiêu/ }).fill(text);
      await pane().getByRole("button", { name: "Dùng số liệu này" }).click();
    };

    await page.goto(`${server.url}/playground.html`);
    const form = pane().getByRole("form", { name: "Chèn mẫu báo cáo" });
    await form.waitFor({ timeout: 60_000 });
    await pane().getByRole("radio", { name: "Dán từ Excel" }).check();
    await form.getByRole("spinbutton", { name: "Năm" }).fill("2021");
    await form.getByRole("radio", { name: "Quý I" }).check();
    await paste(page, pastedT2("2.555", "2.460"));
    await shot("1-new-report", form);

    await form.getByRole("button", { name: "Chèn mẫu báo cáo" }).click();
    await pane().getByRole("group", { name: "Đã chèn mẫu" }).waitFor({ timeout: 60_000 });
    await paste(page, pastedT2("2.565", "2.470"));
    const changes = pane().getByRole("table", { name: /dịch vụ công trực tuyến mức độ 3, 4/i });
    await changes.waitFor({ timeout: 60_000 });
    await shot("2-refresh", pane().getByRole("button", { name: "Xem thay đổi" }));

    await page.getByRole("button", { name: "Mở mẫu Quý I/2021" }).click();
    await pane().getByText("Quý I năm 2021", { exact: true }).waitFor({ timeout: 60_000 });
    await pane().getByRole("button", { name: "Kiểm tra trước khi ký" }).click();
    const groups = pane().getByRole("region", { name: /Phải sửa|Nên xem|Để văn thư điền/ });
    await groups.first().waitFor({ timeout: 60_000 });
    await shot("4-checks", pane().getByRole("button", { name: "Kiểm tra trước khi ký" }));

    await pane().getByRole("button", { name: "Chuyển kỳ báo cáo" }).click();
    await pane().getByRole("button", { name: "Chuyển sang kỳ sau" }).waitFor({ timeout: 60_000 });
    await shot("3-roll-forward", pane().getByRole("button", { name: "Chuyển kỳ báo cáo" }));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
