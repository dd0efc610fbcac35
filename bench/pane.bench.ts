/**
 * Benchmark of the task pane: the gzip size of the production task pane bundle (`dist/taskpane.js` and any
 * chunk it may load; budget 200 KB), and the time from navigation to the pane's first render in headless
 * Chromium, read from the mark the App sets on its first render (median of five loads of the playground).
 * Called by `npm run bench`; run alone with `npx tsx bench/pane.bench.ts`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { FIRST_RENDER_MARK } from "../src/taskpane/App.types";
import { CHROMIUM, DIST, ensureProductionBuild, launchChromium } from "../test/browser/support/browser";
import { serveStatic } from "../test/browser/support/staticServer";

const ENTRIES = new Set(["taskpane.js", "playground.js"]);
const LOADS = 5;

/** taskpane.js, plus every non-entry chunk when its runtime can load chunks at all (an upper bound). */
export function taskpaneBundleGzipBytes(dist = DIST): number {
  const main = readFileSync(join(dist, "taskpane.js"));
  let total = gzipSync(main, { level: 9 }).length;
  if (main.includes("ChunkLoadError")) {
    for (const file of readdirSync(dist)) {
      if (file.endsWith(".js") && !ENTRIES.has(file))
        total += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    }
  }
  return total;
}

async function firstRenderMs(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.warn(`pane.bench: ${CHROMIUM} is missing; firstRenderMs not measured`);
    return Number.NaN;
  }
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let k = 0; k < LOADS; k++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}/playground.html`);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_RENDER_MARK, {
        timeout: 30_000,
      });
      times.push(
        await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, FIRST_RENDER_MARK),
      );
      await page.close();
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchPane(): Promise<{ bundleGzipBytes: number; firstRenderMs: number }> {
  ensureProductionBuild();
  return { bundleGzipBytes: taskpaneBundleGzipBytes(), firstRenderMs: await firstRenderMs() };
}

if (process.argv[1]?.endsWith("pane.bench.ts")) {
  benchPane().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
