import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
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

const built = () => existsSync(join(DIST, "playground.html")) && existsSync(join(DIST, "taskpane.js"));
const LOCK = join(ROOT, "node_modules", ".cache", "baocao-browser-build.lock");
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The production bundle, built once if `dist/playground.html` is missing. Jest runs the browser suites in
 * parallel workers: the first takes a lock directory and builds, the others wait for it (webpack cleans
 * `dist/` first, so two builds at once would pull files from under each other).
 */
export function ensureProductionBuild(): void {
  if (built()) return;
  mkdirSync(join(LOCK, ".."), { recursive: true });
  try {
    mkdirSync(LOCK);
  } catch {
    // A lock older than any build is left by a killed run: take it over.
    if (Date.now() - statSync(LOCK).mtimeMs > 360_000) {
      rmSync(LOCK, { recursive: true, force: true });
      return ensureProductionBuild();
    }
    for (let waited = 0; !built() || existsSync(LOCK); waited += 500) {
      if (waited > 300_000) throw new Error(`Waited 5 minutes for another worker's build (${LOCK})`);
      sleep(500);
    }
    return;
  }
  try {
    if (!built())
      execFileSync("npx", ["webpack", "--mode", "production"], {
        cwd: ROOT,
        stdio: "inherit",
        timeout: 300_000,
      });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
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
