import { cliWords } from "../cliWords";
import { resolve } from "node:path";
import { DEFAULT_DB } from "../../server/cli";
import { backupSqlite, restoreSqlite } from "../../server/db/sqliteBackup";
import { isPostgresUrl } from "../../server/store/openStore";
import { readArgs } from "../args";
import { both, ExitCode, UserError, type CliIo } from "../io";

export const dbUsage = "baocao db backup [--db ./data/baocao.db] -o backup.db | baocao db restore backup.db -o new.db";

/** `baocao db`: an online backup of the service's SQLite database while it runs, and a restore into a new file. */
export async function dbCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [action, ...rest] = argv;
  const { values, positionals } = readArgs(rest, { db: { type: "string" }, output: { type: "string", short: "o" } });
  if (!values.output) throw new UserError(cliWords.missing({ vi: "-o", en: "-o" }, dbUsage), ExitCode.usage);
  const output = resolve(values.output);
  try {
    if (action === "backup") {
      const db = values.db ?? DEFAULT_DB;
      if (isPostgresUrl(db)) throw new UserError({ vi: "PostgreSQL: dùng pg_dump.", en: "PostgreSQL: use pg_dump." }, ExitCode.usage);
      const { pages } = await backupSqlite(resolve(db), output);
      io.stdout(`Đã sao lưu / backed up: ${output} (${pages.toLocaleString("vi-VN")} trang / pages)\n`);
      return ExitCode.ok;
    }
    if (action === "restore" && positionals[0]) {
      await restoreSqlite(resolve(positionals[0]), output);
      io.stdout(`Đã khôi phục vào / restored into: ${output}. Chạy / run: baocao serve --db ${output}\n`);
      return ExitCode.ok;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(both(error instanceof Error ? error.message : String(error)), ExitCode.invalidInput);
  }
  throw new UserError(cliWords.usage(dbUsage), ExitCode.usage);
}
