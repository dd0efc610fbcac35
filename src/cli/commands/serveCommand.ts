import { DEFAULT_DB, DEFAULT_PORT, serve } from "../../server/cli";
import { readArgs } from "../args";
import { UserError, type CliIo } from "../io";

export const serveUsage = "baocao serve [--port 3001] [--host 127.0.0.1] [--db ./data/baocao.db | postgres://…] [--origin https://localhost:3000]";

/** `baocao serve`: the figures service, until interrupted. */
export async function serveCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, {
    port: { type: "string" },
    host: { type: "string" },
    db: { type: "string" },
    origin: { type: "string", multiple: true },
    quiet: { type: "boolean" },
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`Cổng “${values.port}” không hợp lệ.`);
  const server = await serve(
    {
      port,
      db: values.db ?? DEFAULT_DB,
      logger: values.quiet !== true,
      ...(values.host ? { host: values.host } : {}),
      ...(values.origin ? { origins: values.origin } : {}),
    },
    io,
  );
  // Runs until the service closes (serve() closes it on SIGINT/SIGTERM).
  await new Promise<void>((resolve) => server.app.server.once("close", () => resolve()));
  return 0;
}
