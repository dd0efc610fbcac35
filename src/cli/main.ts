import { adoptCommand, adoptUsage } from "./commands/adoptCommand";
import { agencyCommand, agencyUsage } from "./commands/agencyCommand";
import { checkCommand, checkUsage } from "./commands/checkCommand";
import { dbCommand, dbUsage } from "./commands/dbCommand";
import { figuresCommand, figuresUsage } from "./commands/figuresCommand";
import { keysCommand, keysUsage } from "./commands/keysCommand";
import { manifestCommand, manifestUsage } from "./commands/manifestCommand";
import { newCommand, newUsage } from "./commands/newCommand";
import { pasteCommand, pasteUsage } from "./commands/pasteCommand";
import { refreshCommand, refreshUsage } from "./commands/refreshCommand";
import { rollCommand, rollUsage } from "./commands/rollCommand";
import { scanCommand, scanUsage } from "./commands/scanCommand";
import { serveCommand, serveUsage } from "./commands/serveCommand";
import { templateCommand, templateUsage } from "./commands/templateCommand";
import { ExitCode, UserError, type CliIo } from "./io";

type Command = {
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>;
  readonly usage: string;
};

/** Every command of `baocao`; each is a thin shell around the same operations the add-in runs. */
const commands: Readonly<Record<string, Command>> = {
  new: { run: newCommand, usage: newUsage },
  refresh: { run: refreshCommand, usage: refreshUsage },
  scan: { run: scanCommand, usage: scanUsage },
  roll: { run: rollCommand, usage: rollUsage },
  check: { run: checkCommand, usage: checkUsage },
  adopt: { run: adoptCommand, usage: adoptUsage },
  paste: { run: pasteCommand, usage: pasteUsage },
  figures: { run: figuresCommand, usage: figuresUsage },
  serve: { run: serveCommand, usage: serveUsage },
  agency: { run: agencyCommand, usage: agencyUsage },
  keys: { run: keysCommand, usage: keysUsage },
  db: { run: dbCommand, usage: dbUsage },
  manifest: { run: manifestCommand, usage: manifestUsage },
  template: { run: templateCommand, usage: templateUsage },
};

const help = () =>
  [
    "baocao — báo cáo kết quả cải cách hành chính (CCHC) trong Word, không cần Word",
    "",
    "Lệnh:",
    ...Object.values(commands).map((c) => `  ${c.usage}`),
    "",
  ].join("\n");

/**
 * Runs one command line and returns its exit code. User errors become a message, never a stack trace;
 * anything else is reported as unexpected with its message only.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(help());
    return name ? ExitCode.ok : ExitCode.usage;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`baocao: không có lệnh “${name}”.\n${help()}`);
    return ExitCode.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`baocao ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`baocao ${name}: lỗi không mong đợi: ${message}\n`);
    return ExitCode.unexpected;
  }
}
