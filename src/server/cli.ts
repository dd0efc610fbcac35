import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Agency } from "../api/contract";
import { IdSchema } from "../api/contract";
import { KeyAdminError } from "./keys/KeyAdminError";
import { issueApiKey } from "./keys/issueApiKey";
import type { Scope } from "./store/ApiKeyRecord";
import type { FiguresStore } from "./store/FiguresStore";
import { isPostgresUrl, openStore } from "./store/openStore";
import { seedIfNew } from "./seed/seedIfNew";
import type { CreateServerOptions } from "./ServerOptions";
import { DEFAULT_FIXTURE, startServer, type RunningServer } from "./startServer";

/** Where the CLI pieces print; the lead's `CliIo` fits. */
export type Out = { readonly stdout: (text: string) => void };

const console_: Out = { stdout: (text) => process.stdout.write(text) };

export const DEFAULT_PORT = 3001;
export const DEFAULT_DB = "./data/baocao.db";

/** A SQLite file's folder must exist before better-sqlite3 opens it. */
function prepare(db: string): string {
  if (isPostgresUrl(db) || db === ":memory:") return db;
  const file = resolve(db);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

async function withStore<T>(db: string, work: (store: FiguresStore) => Promise<T>): Promise<T> {
  const store = openStore(prepare(db));
  try {
    await store.migrate();
    await seedIfNew(store, { fixturePath: DEFAULT_FIXTURE, now: () => new Date() });
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * `baocao serve`: the figures service until SIGINT/SIGTERM. A new SQLite database is seeded with the
 * Quý I/2021 figures of Sở Công Thương Đồng Nai.
 */
export async function serve(
  options: {
    readonly port?: number;
    readonly host?: string;
    readonly db?: string;
    readonly origins?: readonly string[];
    readonly logger?: CreateServerOptions["logger"];
    readonly staticDir?: string;
    readonly https?: { readonly cert: string | Buffer; readonly key: string | Buffer };
    readonly trustProxy?: boolean;
    readonly basePath?: string;
  } = {},
  out: Out = console_,
): Promise<RunningServer> {
  const server = await startServer({
    port: options.port ?? DEFAULT_PORT,
    db: prepare(options.db ?? DEFAULT_DB),
    logger: options.logger ?? true,
    ...(options.host ? { host: options.host } : {}),
    ...(options.origins ? { origins: options.origins } : {}),
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    ...(options.https ? { https: options.https } : {}),
    ...(options.trustProxy ? { trustProxy: true } : {}),
    ...(options.basePath ? { basePath: options.basePath } : {}),
  });
  if (server.seeded) out.stdout(`Đã tạo dữ liệu mẫu: ${server.seeded.agency}, ${server.seeded.figures.join(", ")}\n`);
  out.stdout(`Dịch vụ số liệu đang chạy / figures service listening: ${server.url}/api/v1/openapi.json\n`);
  const close = async () => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await server.close();
  };
  const stop = () => void close();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return { ...server, close };
}

/** `baocao key create`: prints a new key once; only its sha256 is stored. */
export async function createKey(
  options: { readonly db?: string; readonly agency: string; readonly scope: Scope; readonly label?: string },
  out: Out = console_,
): Promise<{ readonly id: string; readonly key: string }> {
  if (options.scope !== "read" && options.scope !== "write") throw new KeyAdminError("badScope", String(options.scope));
  const issued = await withStore(options.db ?? DEFAULT_DB, (store) =>
    issueApiKey(store, { agency: options.agency, scope: options.scope, now: () => new Date(), ...(options.label ? { label: options.label } : {}) }),
  );
  out.stdout(
    `Khóa API mới (${options.scope}) cho ${options.agency}, mã ${issued.id}:\n${issued.key}\n` +
      "Hãy lưu khóa ngay: khóa sẽ không được hiển thị lại / store it now, it will not be shown again.\n",
  );
  return issued;
}

/** `baocao key revoke`: the key stops working at once; its history entries keep its name. */
export async function revokeKey(options: { readonly db?: string; readonly id: string }, out: Out = console_): Promise<void> {
  const revoked = await withStore(options.db ?? DEFAULT_DB, (store) => store.revokeApiKey(options.id, new Date().toISOString()));
  if (!revoked) throw new KeyAdminError("unknownKey", options.id);
  out.stdout(`Đã thu hồi khóa ${options.id} / key revoked.\n`);
}

/** `baocao agency add`: an agency that may be given keys and figures; adding it again renames it. */
export async function addAgency(options: { readonly db?: string } & Agency, out: Out = console_): Promise<void> {
  const id = IdSchema.safeParse(options.id);
  if (!id.success) throw new KeyAdminError("badAgencyId", options.id);
  const name = options.name.trim();
  if (name === "") throw new KeyAdminError("blankAgencyName", id.data);
  await withStore(options.db ?? DEFAULT_DB, (store) => store.putAgency({ id: id.data, name }));
  out.stdout(`Đã thêm cơ quan ${id.data} (${name}) / agency added.\n`);
}
