/**
 * Benchmark of the task pane, on a production build made for the run (`webpack --mode production`):
 * - `paneFirstLoadGzipKB`: gzip size of the task pane entry's initial chunks, what loads before its first
 *   render (target ≤ 150 KB);
 * - `paneAllChunksGzipKB`: gzip size of every chunk the task pane may load, the panels and the document layer
 *   fetched on demand included (target ≤ 260 KB);
 * both read from `dist/chunks.json`, which the webpack build writes from its own chunk graph;
 * - the time from navigation to the pane's first render in headless Chromium, read from the mark the App sets
 *   on its first render (median of five loads of the playground, the page that runs the pane without Word).
 * Called by `npm run bench`; run alone with `npx tsx bench/pane.bench.ts`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { FIRST_RENDER_MARK } from "../src/taskpane/App.types";
import { CHROMIUM, DIST, launchChromium, ROOT } from "../test/browser/support/browser";
import { serveStatic } from "../test/browser/support/staticServer";

const LOADS = 5;

export type PaneSizes = {
  readonly paneFirstLoadGzipKB: number;
  readonly paneAllChunksGzipKB: number;
  /** Each chunk of the task pane, gzip KB, the initial ones marked. */
  readonly chunks: readonly { readonly file: string; readonly initial: boolean; readonly gzipKB: number }[];
};

const gzipKB = (file: string, dist: string) =>
  Math.round((gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024) * 10) / 10;

/** The task pane's first-load and all-chunks gzip sizes, from the chunk graph the build wrote. */
export function taskpaneSizes(dist = DIST): PaneSizes {
  const graph = JSON.parse(readFileSync(join(dist, "chunks.json"), "utf8")) as Record<
    string,
    { initial: string[]; all: string[] }
  >;
  const pane = graph.taskpane;
  if (!pane) throw new Error("dist/chunks.json has no taskpane entry");
  const chunks = pane.all.map((file) => ({
    file,
    initial: pane.initial.includes(file),
    gzipKB: gzipKB(file, dist),
  }));
  const sum = (list: typeof chunks) => Math.round(list.reduce((s, c) => s + c.gzipKB, 0) * 10) / 10;
  return {
    paneFirstLoadGzipKB: sum(chunks.filter((c) => c.initial)),
    paneAllChunksGzipKB: sum(chunks),
    chunks,
  };
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

export async function benchPane(): Promise<PaneSizes & { firstRenderMs: number }> {
  // Measure the source as it is: a fresh production build, never a dist/ left from earlier.
  const factor = Number(process.env.BENCH_TIMEOUT_FACTOR ?? 1) || 1;
  execFileSync("npx", ["webpack", "--mode", "production"], {
    cwd: ROOT,
    stdio: "ignore",
    timeout: 300_000 * factor,
  });
  return { ...taskpaneSizes(), firstRenderMs: await firstRenderMs() };
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
