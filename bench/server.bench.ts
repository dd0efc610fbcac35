/**
 * How fast the figures service answers `GET /api/v1/figures/…` on its embedded SQLite store: autocannon,
 * 10 connections for 5 s against a service on loopback, with a real key. Run with `npx tsx bench/server.bench.ts`.
 */
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { cchcQuarterlySct } from "../src/domain/template/cchcQuarterlySct";
import { createServer } from "../src/server/createServer";
import { issueApiKey } from "../src/server/keys/issueApiKey";
import { seedDatabase } from "../src/server/seed/seedDatabase";
import { DEFAULT_FIXTURE } from "../src/server/startServer";
import { SqliteFiguresStore } from "../src/server/store/sqlite/SqliteFiguresStore";

/** The part of autocannon's API used here (it ships no types). */
type Histogram = { readonly average: number; readonly p99: number };
type AutocannonResult = { readonly requests: Histogram; readonly latency: Histogram; readonly errors: number; readonly timeouts: number; readonly non2xx: number };
type Autocannon = (options: {
  readonly url: string;
  readonly connections: number;
  readonly duration: number;
  readonly headers: Record<string, string>;
}) => Promise<AutocannonResult>;

const autocannon = createRequire(__filename)("autocannon") as Autocannon;

export type ServerBenchOptions = { readonly durationSeconds?: number; readonly connections?: number };

/**
 * Requests per second and the 99th-percentile latency of reading one agency's figures. Stops by itself;
 * fails when any answer was not a 2xx, so that a fast stream of 401s never passes for speed.
 */
export async function benchServer(options: ServerBenchOptions = {}): Promise<{ getFiguresRps: number; p99Ms: number }> {
  const store = new SqliteFiguresStore(":memory:");
  await store.migrate();
  await seedDatabase(store, { fixturePath: DEFAULT_FIXTURE, now: () => new Date() });
  const { key } = await issueApiKey(store, { agency: "sct-dongnai", scope: "read", now: () => new Date() });
  const app = createServer({ store, templates: [cchcQuarterlySct] });
  try {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = app.server.address() as AddressInfo;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/api/v1/figures/${cchcQuarterlySct.id}/sct-dongnai/2021-Q1`,
      connections: options.connections ?? 10,
      duration: options.durationSeconds ?? 5,
      headers: { authorization: `Bearer ${key}` },
    });
    if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
      throw new Error(`benchServer: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
    }
    return { getFiguresRps: Math.round(result.requests.average), p99Ms: result.latency.p99 };
  } finally {
    await app.close();
    await store.close();
  }
}

if (process.argv[1]?.endsWith("server.bench.ts")) {
  benchServer().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
