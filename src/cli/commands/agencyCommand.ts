import { cliWords } from "../cliWords";
import { addAgency, DEFAULT_DB } from "../../server/cli";
import { KeyAdminError } from "../../server/keys/KeyAdminError";
import { readArgs } from "../args";
import { both, ExitCode, UserError, type CliIo } from "../io";

export const agencyUsage = 'baocao agency add --id <mã> --name "<tên cơ quan>" [--db …]';

/** `baocao agency add`: an agency of the figures service, before it is given keys (`baocao keys create`). */
export async function agencyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  const { values } = readArgs(rest, { id: { type: "string" }, name: { type: "string" }, db: { type: "string" } });
  if (sub !== "add") throw new UserError(cliWords.usage(agencyUsage));
  if (values.id === undefined || values.name === undefined)
    throw new UserError(cliWords.missing({ vi: "--id hoặc --name", en: "--id or --name" }, agencyUsage));
  try {
    await addAgency({ db: values.db ?? DEFAULT_DB, id: values.id, name: values.name }, io);
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof KeyAdminError) throw new UserError(both(error.message), ExitCode.invalidInput);
    throw error;
  }
}
