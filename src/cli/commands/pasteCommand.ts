import { cliWords, joinWords } from "../cliWords";
import type { CellValue, FieldValue } from "../../domain/figures/schema";
import { formatDatePadded } from "../../domain/format/formatDatePadded";
import { formatInteger } from "../../domain/format/formatInteger";
import { formatPercent } from "../../domain/format/formatPercent";
import { parseIsoDate } from "../../domain/format/parseIsoDate";
import { formatIssue } from "../../domain/issues/formatIssue";
import type { Issue } from "../../domain/issues/Issue";
import { readPaste } from "../../domain/paste/readPaste";
import type { PastedFields, PastedTable } from "../../domain/paste/PastedTable";
import { inputColumns, type InputColumn } from "../../domain/template/inputColumns";
import { findTemplate } from "../../domain/template/registry";
import type { FieldDef, TableDef, Template } from "../../domain/template/types";
import { readArgs } from "../args";
import { ExitCode, UserError, type CliIo } from "../io";
import { readStdin } from "../readInput";
import { tableName } from "../../domain/issues/describePlace";

export const pasteUsage =
  "baocao paste [--table T2 | --fields] [--json] [--lang vi|en] [--template <id>] < figures.tsv";

type Lang = "vi" | "en";

/**
 * `baocao paste`: reads what was copied from Excel, Calc or Sheets (TSV, CSV, JSON) on standard input as the
 * pane reads a paste (domain/paste readPaste): a table of the template (recognised by its header, or the one
 * `--table` names), figures in prose (a list of at most three columns, or `--fields`), or JSON; prints it aligned in vi-VN notation, or as JSON with `--json`, or every issue. Exit 1 when there are issues.
 *
 * @example await pasteCommand(["--table", "T2", "--json"], { stdout, stderr, stdin }) // → 0, prints { table, rows }
 */
export async function pasteCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, {
    table: { type: "string" },
    fields: { type: "boolean" },
    json: { type: "boolean" },
    lang: { type: "string" },
    template: { type: "string" },
  });
  if (values.table !== undefined && values.fields)
    throw new UserError(joinWords({ vi: "Chọn --table hoặc --fields, không chọn cả hai.", en: "Choose --table or --fields, not both." }, cliWords.usage(pasteUsage)));
  if (values.lang !== undefined && values.lang !== "vi" && values.lang !== "en")
    throw new UserError(joinWords({ vi: "--lang chỉ nhận vi hoặc en.", en: "--lang takes vi or en." }, cliWords.usage(pasteUsage)));
  const lang: Lang = values.lang === "en" ? "en" : "vi";
  const template = findTemplate(values.template);
  if (!template)
    throw new UserError(cliWords.noTemplate(values.template ?? ""), ExitCode.invalidInput);
  if (values.table !== undefined && !template.tables[values.table]) {
    const known = Object.keys(template.tables).join(", ");
    throw new UserError({ vi: `Mẫu báo cáo không có bảng “${values.table}” (có: ${known}).`, en: `The report template has no table “${values.table}” (it has: ${known}).` });
  }
  const text = await readStdin(io.stdin);
  const read = readPaste(text, template, {
    ...(values.table === undefined ? {} : { table: values.table }),
    ...(values.fields ? { fields: true } : {}),
  });
  const { issues, tables, fields } = read;
  if (values.json) {
    const shown = {
      ...(tables.length === 1 ? { table: tables[0]?.tableId, rows: tables[0]?.rows } : {}),
      ...(tables.length > 1 ? { tables: tables.map((t) => ({ table: t.tableId, rows: t.rows })) } : {}),
      ...(fields ? { fields } : {}),
    };
    const listed =
      issues.length > 0
        ? { issues: issues.map((i) => ({ ...i, message: formatIssue(i, template, lang) })) }
        : {};
    io.stdout(`${JSON.stringify({ ...shown, ...listed }, null, 2)}\n`);
  } else {
    for (const table of tables) io.stdout(tableText(table, template, lang));
    if (fields) io.stdout(fieldsText(fields, template, lang));
    if (issues.length > 0) io.stdout(issuesText(issues, template, lang));
  }
  return issues.length === 0 ? ExitCode.ok : ExitCode.invalidInput;
}

function cellText(
  value: CellValue | FieldValue | undefined,
  kind: InputColumn["kind"] | FieldDef["type"],
  decimals: number,
): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return `${formatInteger(value.num)}/${formatInteger(value.den)}`;
  if (typeof value === "string") {
    const date = kind === "date" ? parseIsoDate(value) : undefined;
    return date && "value" in date ? formatDatePadded(date.value) : value;
  }
  if (kind === "percent") return formatPercent(value, { decimals, trailingZeros: "trim" });
  if (kind === "year") return String(value);
  return formatInteger(value);
}

const decimalsOf = (input: InputColumn) =>
  input.column.format.kind === "percent" ? input.column.format.decimals : 2;

/** Lines of cells padded to the widest cell of each column. */
function aligned(lines: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const line of lines) line.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return lines
    .map((line) =>
      line
        .map((c, i) => c + " ".repeat((widths[i] ?? 0) - [...c].length))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function rowLabels(table: TableDef): readonly string[] {
  if (table.rows.mode !== "fixed") return [];
  return table.rows.rows.flatMap((r) =>
    r.kind === "data"
      ? [
          Object.values(r.label ?? {})
            .filter((l) => !/^\d*$/.test(l))
            .join(" "),
        ]
      : [],
  );
}

function tableText(pasted: PastedTable, template: Template, lang: Lang): string {
  const table = template.tables[pasted.tableId];
  if (!table) return "";
  const inputs = inputColumns(table);
  const labels = rowLabels(table);
  const lead = pasted.mode === "fixed" ? [lang === "vi" ? "Dòng" : "Row"] : ["#"];
  const head = [...lead, ...inputs.map((i) => i.label)];
  const body = pasted.rows.map((row, r) => [
    pasted.mode === "fixed" ? (labels[r] ?? String(r + 1)) : String(r + 1),
    ...inputs.map((i) => cellText(row[i.key], i.kind, decimalsOf(i))),
  ]);
  const count = lang === "vi" ? `${pasted.rows.length} dòng` : `${pasted.rows.length} row(s)`;
  return `${tableName(template, table.id, lang)} (${count})\n${aligned([head, ...body])}\n`;
}

function fieldsText(fields: PastedFields, template: Template, lang: Lang): string {
  const lines = Object.entries(fields).map(([key, value]) => {
    const def = template.fields[key];
    return [key, def?.label[lang] ?? "", cellText(value, def?.type ?? "text", def?.decimals ?? 2)];
  });
  const count = lang === "vi" ? `${lines.length} chỉ tiêu` : `${lines.length} figure(s)`;
  return `${count}\n${aligned(lines)}\n`;
}

function issuesText(issues: readonly Issue[], template: Template, lang: Lang): string {
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const errors = issues.length - warnings;
  const counts =
    lang === "vi"
      ? [
          [errors, "lỗi"],
          [warnings, "cảnh báo"],
        ]
      : [
          [errors, "problem(s)"],
          [warnings, "warning(s)"],
        ];
  const head = counts
    .filter(([n]) => n !== 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(", ");
  const mark = (i: Issue) =>
    i.severity === "warning" ? (lang === "vi" ? "  ! (cảnh báo) " : "  ! (warning) ") : "  - ";
  return `${head}\n${issues.map((i) => `${mark(i)}${formatIssue(i, template, lang)}`).join("\n")}\n`;
}
