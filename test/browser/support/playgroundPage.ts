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

/** The production playground served and opened in Chromium, once it has drawn its first preview. */
export async function openPlayground(): Promise<PlaygroundPage> {
  ensureProductionBuild();
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/playground.html`);
  await page.waitForFunction(
    () => ((window as { __baocaoPlayground?: { renders: number } }).__baocaoPlayground?.renders ?? 0) >= 1,
  );
  return { server, browser, page, errors };
}
