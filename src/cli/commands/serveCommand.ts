import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_DB, DEFAULT_PORT, serve } from "../../server/cli";
import { checkBasePath } from "../../server/ServerOptions";
import { readArgs } from "../args";
import { both, ExitCode, UserError, type CliIo } from "../io";

export const serveUsage =
  "baocao serve [--port 3001] [--host 127.0.0.1] [--db ./data/baocao.db | postgres://…] [--origin https://localhost:3000] [--static dist] [--cert server.crt --key server.key] [--trust-proxy] [--base-path /baocao]";

function readPem(path: string, option: string): Buffer {
  try {
    return readFileSync(resolve(path));
  } catch {
    throw new UserError({ vi: `Không đọc được ${option} “${path}”.`, en: `Cannot read ${option} “${path}”.` }, ExitCode.usage);
  }
}

/** `baocao serve`: the figures service, until interrupted. */
export async function serveCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, {
    port: { type: "string" },
    host: { type: "string" },
    db: { type: "string" },
    origin: { type: "string", multiple: true },
    quiet: { type: "boolean" },
    static: { type: "string" },
    cert: { type: "string" },
    key: { type: "string" },
    "trust-proxy": { type: "boolean" },
    "base-path": { type: "string" },
  });
  if ((values.cert === undefined) !== (values.key === undefined)) throw new UserError({ vi: "--cert và --key đi cùng nhau.", en: "--cert and --key go together." }, ExitCode.usage);
  const https = values.cert && values.key ? { cert: readPem(values.cert, "--cert"), key: readPem(values.key, "--key") } : undefined;
  let basePath = "";
  try {
    basePath = checkBasePath(values["base-path"] ?? "");
  } catch (error) {
    throw new UserError(both(error instanceof Error ? error.message : String(error)), ExitCode.usage);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError({ vi: `Cổng “${values.port}” không hợp lệ.`, en: `The port “${values.port}” is not valid.` });
  const server = await serve(
    {
      port,
      db: values.db ?? DEFAULT_DB,
      logger: values.quiet !== true,
      ...(values.host ? { host: values.host } : {}),
      ...(values.origin ? { origins: values.origin } : {}),
      ...(values.static ? { staticDir: resolve(values.static) } : {}),
      ...(https ? { https } : {}),
      ...(values["trust-proxy"] ? { trustProxy: true } : {}),
      ...(basePath ? { basePath } : {}),
    },
    io,
  );
  // Runs until the service closes (serve() closes it on SIGINT/SIGTERM).
  await new Promise<void>((resolve) => server.app.server.once("close", () => resolve()));
  return 0;
}
