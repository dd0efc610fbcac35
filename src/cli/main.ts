import { SchemaTooNewError } from "../server/store/SchemaTooNewError";
import { ExitCode, UserError, type CliIo } from "./io";
import { packageVersion } from "./version";
import { terminalSafe } from "./terminalText";

type Command = {
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>;
  readonly usage: string;
};

/**
 * Every command of `baocao`; each is a thin shell around the same operations the add-in runs. Each is loaded
 * when it runs, so that a command (or `--version`) starts without loading the others' dependencies (the
 * service, the database drivers, the Excel reader).
 */
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  new: async () => import("./commands/newCommand").then((m) => ({ run: m.newCommand, usage: m.newUsage })),
  refresh: async () =>
    import("./commands/refreshCommand").then((m) => ({ run: m.refreshCommand, usage: m.refreshUsage })),
  scan: async () => import("./commands/scanCommand").then((m) => ({ run: m.scanCommand, usage: m.scanUsage })),
  roll: async () => import("./commands/rollCommand").then((m) => ({ run: m.rollCommand, usage: m.rollUsage })),
  check: async () => import("./commands/checkCommand").then((m) => ({ run: m.checkCommand, usage: m.checkUsage })),
  adopt: async () => import("./commands/adoptCommand").then((m) => ({ run: m.adoptCommand, usage: m.adoptUsage })),
  paste: async () => import("./commands/pasteCommand").then((m) => ({ run: m.pasteCommand, usage: m.pasteUsage })),
  figures: async () =>
    import("./commands/figuresCommand").then((m) => ({ run: m.figuresCommand, usage: m.figuresUsage })),
  serve: async () => import("./commands/serveCommand").then((m) => ({ run: m.serveCommand, usage: m.serveUsage })),
  agency: async () =>
    import("./commands/agencyCommand").then((m) => ({ run: m.agencyCommand, usage: m.agencyUsage })),
  keys: async () => import("./commands/keysCommand").then((m) => ({ run: m.keysCommand, usage: m.keysUsage })),
  db: async () => import("./commands/dbCommand").then((m) => ({ run: m.dbCommand, usage: m.dbUsage })),
  manifest: async () =>
    import("./commands/manifestCommand").then((m) => ({ run: m.manifestCommand, usage: m.manifestUsage })),
  selftest: async () =>
    import("./commands/selftestCommand").then((m) => ({ run: m.selftestCommand, usage: m.selftestUsage })),
  template: async () =>
    import("./commands/templateCommand").then((m) => ({ run: m.templateCommand, usage: m.templateUsage })),
};

const help = async (lang: "vi" | "en") =>
  [
    lang === "vi"
      ? "baocao — báo cáo kết quả cải cách hành chính (CCHC) trong Word, không cần Word"
      : "baocao — the administrative reform (CCHC) report of Word, without Word",
    "",
    lang === "vi" ? "Lệnh:" : "Commands:",
    ...(await Promise.all(Object.values(commands).map(async (load) => `  ${(await load()).usage}`))),
    "  baocao --version",
    "",
  ].join("\n");

/**
 * The language of the command's messages: `--lang en` (or `--lang=en`) anywhere among its arguments, read
 * before the command parses them, so that a mistake in the arguments themselves is told in that language too.
 */
export function langOfArgv(argv: readonly string[]): "vi" | "en" {
  const at = argv.indexOf("--lang");
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--lang="))?.slice("--lang=".length);
  return value === "en" ? "en" : "vi";
}

/**
 * Runs one command line and returns its exit code. User errors become a message, never a stack trace;
 * anything else is reported as unexpected with its message only.
 */
export async function main(argv: readonly string[], streams: CliIo): Promise<number> {
  const io = terminalSafe(streams);
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(await help(langOfArgv(rest)));
    return name ? ExitCode.ok : ExitCode.usage;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout(`${packageVersion()}\n`);
    return ExitCode.ok;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`baocao: ${langOfArgv(rest) === "vi" ? `không có lệnh “${name}”` : `there is no command “${name}”`}.\n${await help(langOfArgv(rest))}`);
    return ExitCode.usage;
  }
  const lang = langOfArgv(rest);
  try {
    return await (await load()).run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`baocao ${name}: ${error.words[lang]}\n`);
      return error.exitCode;
    }
    if (error instanceof SchemaTooNewError) {
      io.stderr(`baocao ${name}: ${error.message}\n`);
      return ExitCode.operatorFault;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`baocao ${name}: ${lang === "vi" ? "lỗi không mong đợi" : "unexpected error"}: ${message}\n`);
    return ExitCode.unexpected;
  }
}
