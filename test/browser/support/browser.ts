import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = join(__dirname, "..", "..", "..");
export const DIST = join(ROOT, "dist");

/**
 * Whether the browser tests can run here: Debian's chromium is required in CI; elsewhere its absence skips
 * them, loudly.
 */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${suite}: ${CHROMIUM} is required in CI (apt-get install chromium)`);
  console.warn(`\n⚠️  ${suite} SKIPPED: ${CHROMIUM} is missing. Install it with: apt-get install chromium\n`);
  return false;
}

/** The production bundle, built once if `dist/playground.html` is missing. */
export function ensureProductionBuild(): void {
  if (existsSync(join(DIST, "playground.html")) && existsSync(join(DIST, "taskpane.js"))) return;
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit", timeout: 300_000 });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
