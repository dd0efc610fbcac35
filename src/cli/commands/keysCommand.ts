import { cliWords } from "../cliWords";
import { createKey, DEFAULT_DB, revokeKey } from "../../server/cli";
import { KeyAdminError } from "../../server/keys/KeyAdminError";
import { readArgs } from "../args";
import { both, ExitCode, UserError, type CliIo } from "../io";

export const keysUsage = "baocao keys create --agency <id> --scope read|write [--label …] [--db …] | baocao keys revoke <id> [--db …]";

/** `baocao keys`: API keys of the figures service; a new key is printed once, only its hash is stored. */
export async function keysCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = readArgs(rest, {
    agency: { type: "string" },
    scope: { type: "string" },
    label: { type: "string" },
    db: { type: "string" },
  });
  const db = values.db ?? DEFAULT_DB;
  try {
    if (sub === "create") {
      if (!values.agency || (values.scope !== "read" && values.scope !== "write")) {
        throw new UserError(cliWords.missing({ vi: "--agency hoặc --scope read|write", en: "--agency or --scope read|write" }, keysUsage));
      }
      await createKey({ db, agency: values.agency, scope: values.scope, ...(values.label ? { label: values.label } : {}) }, io);
      return ExitCode.ok;
    }
    if (sub === "revoke" && positionals[0]) {
      await revokeKey({ db, id: positionals[0] }, io);
      return ExitCode.ok;
    }
  } catch (error) {
    if (error instanceof KeyAdminError) throw new UserError(both(error.message), ExitCode.invalidInput);
    throw error;
  }
  throw new UserError(cliWords.usage(keysUsage));
}
