import { cliWords } from "../cliWords";
import { parseFigures } from "../../domain/figures/parseFigures";
import { formatIssue } from "../../domain/issues/formatIssue";
import type { Issue } from "../../domain/issues/Issue";
import { findTemplate } from "../../domain/template/registry";
import type { Template } from "../../domain/template/types";
import { readArgs } from "../args";
import { ExitCode, UserError, type CliIo } from "../io";
import { readJsonFile } from "../readInput";
import { exportCommand, exportUsage, importCommand, importUsage } from "./figuresWorkbook";

export const figuresUsage = [
  "baocao figures validate <file.json> [--json] [--lang vi|en]",
  `  ${exportUsage}`,
  `  ${importUsage}`,
].join("\n");

/**
 * `baocao figures validate`: every issue of a Figures file at once; exit 1 when it is invalid.
 * `baocao figures export | import`: the figures workbook (.xlsx) the divisions fill.
 */
export async function figuresCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "export" || sub === "import") {
    const shipped = findTemplate(undefined);
    if (!shipped) throw new UserError(cliWords.noTemplate(), ExitCode.invalidInput);
    return sub === "export" ? exportCommand(rest, io, shipped) : importCommand(rest, io, shipped);
  }
  if (sub !== "validate") throw new UserError(cliWords.usage(figuresUsage));
  const { values, positionals } = readArgs(rest, { json: { type: "boolean" }, lang: { type: "string" } });
  const file = positionals[0];
  if (!file) throw new UserError(cliWords.missing({ vi: "tệp số liệu", en: "the figures file" }, figuresUsage));
  const input = await readJsonFile(file);
  const templateId =
    typeof input === "object" && input !== null ? (input as { template?: unknown }).template : undefined;
  const template =
    findTemplate(typeof templateId === "string" ? templateId : undefined) ?? findTemplate(undefined);
  if (!template) throw new UserError(cliWords.noTemplate(), ExitCode.invalidInput);
  const { issues } = parseFigures(input, template);
  const lang = values.lang === "en" ? "en" : "vi";
  io.stdout(
    values.json
      ? `${JSON.stringify(report(issues, template, lang), null, 2)}\n`
      : text(issues, template, lang, file),
  );
  return issues.length === 0 ? ExitCode.ok : ExitCode.invalidInput;
}

function report(issues: readonly Issue[], template: Template, lang: "vi" | "en") {
  return {
    valid: issues.length === 0,
    issues: issues.map((i) => ({ ...i, message: formatIssue(i, template, lang) })),
  };
}

function text(issues: readonly Issue[], template: Template, lang: "vi" | "en", file: string): string {
  if (issues.length === 0) return lang === "vi" ? `${file}: hợp lệ.\n` : `${file}: valid.\n`;
  const head = lang === "vi" ? `${file}: ${issues.length} lỗi` : `${file}: ${issues.length} problem(s)`;
  return `${head}\n${issues.map((i) => `  - ${formatIssue(i, template, lang)}`).join("\n")}\n`;
}
