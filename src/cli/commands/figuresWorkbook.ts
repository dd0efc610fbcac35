import { periodName } from "../plainWords";
import { cliWords } from "../cliWords";
import { basename } from "node:path";
import type { Figures } from "../../domain/figures/schema";
import { formatIssue } from "../../domain/issues/formatIssue";
import { hasErrors, type Issue } from "../../domain/issues/Issue";
import { formatPeriodCode, parsePeriod, type Period } from "../../domain/period";
import { agencies, findAgency } from "../../domain/template/agencies";
import type { Template } from "../../domain/template/types";
import { exportWorkbook, importWorkbook } from "../../workbook";
import { readArgs } from "../args";
import { langOf, loadFigures, saveFile } from "../documentIo";
import { ExitCode, UserError, type CliIo } from "../io";
import { readUserFile } from "../readInput";

export const exportUsage = "baocao figures export --period 2021-Q1 [--data figures.json] [--agency sct-dongnai] -o so-lieu-2021-Q1.xlsx";
export const importUsage = "baocao figures import so-lieu.xlsx [--json] [--period 2021-Q1] [--agency sct-dongnai] [--valid-part] [-o figures.json] [--lang vi|en]";

function periodOf(text: string): Period {
  const parsed = parsePeriod(text);
  if (!("value" in parsed)) {
    throw new UserError(cliWords.badPeriod(text), ExitCode.invalidInput);
  }
  return parsed.value;
}

const writeOutput = (path: string, content: Uint8Array | string) =>
  saveFile(path, typeof content === "string" ? new TextEncoder().encode(content) : content);

/**
 * `baocao figures export`: the figures workbook of a period for the divisions to fill — filled with the given
 * figures (this period's, or last period's for reference: then the data window is the new period's) or empty.
 */
export async function exportCommand(argv: readonly string[], io: CliIo, template: Template): Promise<number> {
  const { values } = readArgs(argv, {
    period: { type: "string" },
    data: { type: "string" },
    agency: { type: "string" },
    output: { type: "string", short: "o" },
    json: { type: "boolean" },
    lang: { type: "string" },
  });
  if (!values.period || !values.output) throw new UserError(cliWords.missing({ vi: "--period hoặc -o", en: "--period or -o" }, exportUsage));
  const period = periodOf(values.period);
  const code = formatPeriodCode(period);
  const lang = langOf(values.lang);
  const given = values.data ? await loadFigures(values.data, template, io, lang) : undefined;
  const agencyId = values.agency ?? given?.agency ?? agencies[0]?.id ?? "";
  const agency = findAgency(agencyId);
  if (!agency) throw new UserError(cliWords.noAgency(agencyId), ExitCode.invalidInput);
  const figures: Figures | undefined =
    given && given.period !== code ? { template: given.template, agency: agency.id, period: code, fields: given.fields, tables: given.tables } : given;
  const bytes = await exportWorkbook({ template, agency, period, ...(figures ? { figures } : {}) });
  await writeOutput(values.output, bytes);
  const result = { output: values.output, period: code, agency: agency.id, filled: figures !== undefined, bytes: bytes.byteLength };
  io.stdout(
    values.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : lang === "vi"
        ? `Đã tạo ${values.output}: sổ tính số liệu ${periodName(code)} của ${agency.agencyName}${figures ? `, điền sẵn số liệu ${periodName(given?.period ?? "")}` : ", để trống"}.\n`
        : `Made ${values.output}: the figures workbook of ${periodName(code, "en")} for ${agency.agencyName}${figures ? `, filled with the figures of ${periodName(given?.period ?? "", "en")}` : ", empty"}.\n`,
  );
  return ExitCode.ok;
}

const withMessages = (issues: readonly Issue[], template: Template, lang: "vi" | "en") =>
  issues.map((i) => ({ ...i, message: formatIssue(i, template, lang) }));

/**
 * `baocao figures import`: a workbook read back into Figures, every problem at its sheet and cell. Nothing
 * is given out while there are errors (exit 1), unless the clerk asks for the valid part (`--valid-part`).
 */
export async function importCommand(argv: readonly string[], io: CliIo, template: Template): Promise<number> {
  const { values, positionals } = readArgs(argv, {
    json: { type: "boolean" },
    lang: { type: "string" },
    period: { type: "string" },
    agency: { type: "string" },
    "valid-part": { type: "boolean" },
    output: { type: "string", short: "o" },
  });
  const file = positionals[0];
  if (!file) throw new UserError(cliWords.missing({ vi: "tệp sổ tính", en: "the workbook file" }, importUsage));
  const lang = langOf(values.lang);
  const bytes = new Uint8Array(await readUserFile(file));
  const period = values.period ? formatPeriodCode(periodOf(values.period)) : undefined;
  const read = await importWorkbook(bytes, {
    template,
    fileName: basename(file),
    source: `Excel: ${basename(file)}`,
    ...(period ? { period } : {}),
    ...(values.agency ? { agency: values.agency } : {}),
  });
  const errors = hasErrors(read.issues);
  const chosen = errors && values["valid-part"] ? read.validPart : read.figures;
  if (values.output && chosen) await writeOutput(values.output, `${JSON.stringify(chosen, null, 2)}\n`);
  if (values.json) {
    const body = { figures: chosen ?? null, issues: withMessages(read.issues, template, lang), sheets: read.sheets };
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    io.stdout(summary({ file, issues: read.issues, figures: chosen }, template, lang));
  }
  return errors && !(values["valid-part"] && chosen) ? ExitCode.invalidInput : ExitCode.ok;
}

type Outcome = { readonly file: string; readonly issues: readonly Issue[]; readonly figures: Figures | undefined };

function summary({ file, issues, figures }: Outcome, template: Template, lang: "vi" | "en"): string {
  const lines = issues.map((i) => `  - ${formatIssue(i, template, lang)}`);
  const counts = figures ? [Object.keys(figures.tables).length, Object.keys(figures.fields).length] : [0, 0];
  const head = figures
    ? lang === "vi"
      ? `${file}: đọc được ${counts[0]} bảng và ${counts[1]} chỉ tiêu.`
      : `${file}: read ${counts[0]} tables and ${counts[1]} figures.`
    : lang === "vi"
      ? `${file}: ${issues.filter((i) => (i.severity ?? "error") === "error").length} lỗi, chưa nhập gì.`
      : `${file}: ${issues.filter((i) => (i.severity ?? "error") === "error").length} error(s), nothing imported.`;
  return `${[head, ...lines].join("\n")}\n`;
}
