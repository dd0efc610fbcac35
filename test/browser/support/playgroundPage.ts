import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { DIST, ensureProductionBuild, launchChromium, ROOT } from "./browser";
import { serveStatic, type StaticServer } from "./staticServer";

export const SHOTS = join(ROOT, "test-output", "browser");

export type PlaygroundPage = {
  readonly server: StaticServer;
  readonly browser: Browser;
  readonly page: Page;
  /** Errors the page threw, collected. */
  readonly errors: string[];
};

type Probe = { renders: number };

/** How many times the playground has drawn its preview. */
export const previewRenders = (page: Page): Promise<number> =>
  page.evaluate(() => (window as { __baocaoPlayground?: Probe }).__baocaoPlayground?.renders ?? 0);

/** Waits until the playground has drawn its preview more than `count` times. */
export const previewDrawnAfter = async (page: Page, count: number): Promise<void> => {
  await page.waitForFunction((n) => ((window as { __baocaoPlayground?: Probe }).__baocaoPlayground?.renders ?? 0) > n, count, {
    timeout: 30_000,
  });
};

/**
 * The production playground served and opened in Chromium, once it has drawn its first preview;
 * `acceptDownloads` for a test that downloads the report.
 */
export async function openPlayground(options: { readonly acceptDownloads?: boolean } = {}): Promise<PlaygroundPage> {
  ensureProductionBuild();
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/playground.html`);
  await page.waitForFunction(() => ((window as { __baocaoPlayground?: Probe }).__baocaoPlayground?.renders ?? 0) >= 1);
  return { server, browser, page, errors };
}
