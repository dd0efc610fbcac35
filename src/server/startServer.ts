import { resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { cchcQuarterlySct } from "../domain/template/cchcQuarterlySct";
import type { Template } from "../domain/template/types";
import { createServer } from "./createServer";
import { checkBasePath, type CreateServerOptions } from "./ServerOptions";
import { registerStaticFiles } from "./http/staticFiles";
import type { SeedReport } from "./seed/seedDatabase";
import { seedIfNew } from "./seed/seedIfNew";
import type { Importer } from "./importing/Importer";
import { openStore } from "./store/openStore";

/** The repository root, from this file's place in it (src/server). */
const REPO_ROOT = resolve(__dirname, "..", "..");

export const DEFAULT_FIXTURE = resolve(REPO_ROOT, "test/fixtures/figures/sct-dongnai-2021-Q1.json");

export type StartServerOptions = {
  readonly port: number;
  readonly host?: string;
  /** A SQLite file, ":memory:", or a postgres:// URL. */
  readonly db: string;
  readonly origins?: readonly string[];
  readonly templates?: readonly Template[];
  /** The figures a new SQLite database is seeded with. */
  readonly fixturePath?: string;
  readonly importer?: Importer;
  readonly bodyLimit?: number;
  readonly logger?: CreateServerOptions["logger"];
  /** A built pane (dist/) to serve from the same origin as the API. */
  readonly staticDir?: string;
  readonly https?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  readonly trustProxy?: boolean;
  /** Every route under this path (`/baocao`), behind a reverse proxy that forwards only it. */
  readonly basePath?: string;
};

export type RunningServer = {
  readonly app: FastifyInstance;
  /** http://host:port and the base path, as listening (the real port when 0 was asked for). */
  readonly url: string;
  readonly migrations: readonly number[];
  readonly seeded: SeedReport | undefined;
  /** Stops listening, waits for requests in flight, closes the database. */
  close(): Promise<void>;
};

/**
 * Opens the database, runs its migrations, seeds a new SQLite database, and listens (on loopback unless
 * told otherwise: the add-in reaches it through the dev server's proxy or a reverse proxy with TLS).
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const store = openStore(options.db);
  try {
    const report = await store.migrate();
    const seeded = await seedIfNew(store, { fixturePath: options.fixturePath ?? DEFAULT_FIXTURE, now: () => new Date() });
    const app = createServer({
      store,
      templates: options.templates ?? [cchcQuarterlySct],
      ...(options.origins ? { origins: options.origins } : {}),
      ...(options.importer ? { importer: options.importer } : {}),
      ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
      logger: options.logger ?? false,
      ...(options.https ? { https: options.https } : {}),
      ...(options.trustProxy ? { trustProxy: true } : {}),
      ...(options.basePath ? { basePath: options.basePath } : {}),
    });
    if (options.staticDir) registerStaticFiles(app, options.staticDir, checkBasePath(options.basePath ?? ""));
    app.addHook("onClose", async () => store.close());
    await app.listen({ port: options.port, host: options.host ?? "127.0.0.1" });
    const address = app.server.address();
    const url = typeof address === "object" && address !== null ? `${options.https ? "https" : "http"}://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}` : String(address);
    return { app, url: `${url}${checkBasePath(options.basePath ?? "")}`, migrations: report.applied, seeded, close: () => app.close() };
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
}
