import { cliWords } from "../cliWords";
import { describeTemplate, type TemplateDescription } from "../../domain/template/describeTemplate";
import { findTemplate } from "../../domain/template/registry";
import { readArgs } from "../args";
import { ExitCode, UserError, type CliIo } from "../io";

export const templateUsage = "baocao template [--id cchc-quarterly-sct] [--json]";

/** `baocao template`: the shipped template's outline, tables and fields, for people or as JSON. */
export async function templateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, { json: { type: "boolean" }, id: { type: "string" } });
  const template = findTemplate(values.id);
  if (!template) throw new UserError(cliWords.noTemplate(values.id ?? ""), ExitCode.invalidInput);
  const description = describeTemplate(template);
  io.stdout(values.json ? `${JSON.stringify(description, null, 2)}\n` : outline(description));
  return ExitCode.ok;
}

function outline(d: TemplateDescription): string {
  const lines = [`${d.title} — ${d.id} ${d.version}`, "", "Mục:"];
  for (const s of d.sections) {
    const extras = [
      ...s.tables.map((t) => `[${t}]`),
      ...(s.figures.length ? [`${s.figures.length} số liệu`] : []),
    ];
    lines.push(
      `${"  ".repeat(s.depth + 1)}${s.id}  ${s.number} ${s.heading || s.title}${extras.length ? `  ${extras.join(" ")}` : ""}`,
    );
  }
  lines.push("", "Bảng:");
  for (const t of d.tables) {
    lines.push(`  ${t.id} (${t.section}) ${t.title}`);
    lines.push(`    cột: ${t.columns.map((c) => `${c.key} ${c.label} [${c.class}]`).join("; ")}`);
    lines.push(
      `    dòng: ${t.rows === "variable" ? "thay đổi theo số liệu" : t.rows.map((r) => r.label).join("; ")}`,
    );
  }
  lines.push("", "Số liệu trong văn bản:");
  for (const f of d.fields) lines.push(`  ${f.key}  ${f.label} (${f.type}, ${f.scope})`);
  lines.push("", "Cụm từ chỉ kỳ báo cáo:");
  for (const p of d.periodSlots) lines.push(`  ${p.id}  ${p.label} (${p.class})`);
  return `${lines.join("\n")}\n`;
}
