import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Reads a command's flags strictly: an unknown flag or a missing value is a usage error in Vietnamese.
 *
 * @example readArgs(["a.docx", "--json"], { json: { type: "boolean" } }) // → { values: { json: true }, positionals: ["a.docx"] }
 */
export function readArgs<T extends Options>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError({ vi: `Tham số không hợp lệ: ${detail}`, en: `Invalid option: ${detail}` });
  }
}
