import { cliWords } from "../cliWords";
import { formatIssue } from "../../domain/issues/formatIssue";
import { parsePeriod } from "../../domain/period";
import { findAgency } from "../../domain/template/agencies";
import { findTemplate } from "../../domain/template/registry";
import { refreshReport } from "../../word/operations";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import { readArgs } from "../args";
import { langOf, loadFigures, openDocument, printIssues, refuseOverwritingInputs, saveDocument } from "../documentIo";
import { ExitCode, UserError, type CliIo } from "../io";
import { placeName } from "../plainWords";
import { tableName } from "../../domain/issues/describePlace";

export const refreshUsage =
  "baocao refresh report.docx --data figures.json [-o out.docx] [--dry-run] [--accept-hand-edits] [--api m365|office2021|1.4|web] [--json] [--force]";

/** What refresh prints, per language. */
const REFRESH_WORDS = {
  vi: {
    places: (n: number) => `${n} chỗ`,
    rebuilt: (from: number, to: number) => `dựng lại bảng (${from} → ${to} dòng)`,
    kept: (current: string, next: string) =>
      `đã sửa tay “${current}”, số liệu mới “${next}” — giữ số sửa tay, các số tính từ nó được tính lại (dùng --accept-hand-edits để lấy số mới)`,
    willChange: "Sẽ thay đổi",
    changed: "Đã thay đổi",
    blocked: "Không ghi gì (văn bản có vấn đề); lẽ ra thay đổi",
    nothing: "Không có gì thay đổi",
    counts: (changes: number, edits: number) => `${changes} số liệu, ${edits} chỗ sửa tay`,
    refused: "Không cập nhật:",
    problems: "Văn bản có vấn đề:",
    problemsNothingWritten: "Văn bản có vấn đề, không ghi gì:",
  },
  en: {
    places: (n: number) => `${n} places`,
    rebuilt: (from: number, to: number) => `table rebuilt (${from} → ${to} rows)`,
    kept: (current: string, next: string) =>
      `edited by hand “${current}”, new figure “${next}” — the hand edit is kept and what is computed from it follows (--accept-hand-edits takes the new figure)`,
    willChange: "Would change",
    changed: "Changed",
    blocked: "Nothing written (the document has problems); would have changed",
    nothing: "Nothing changed",
    counts: (changes: number, edits: number) => `${changes} figures, ${edits} hand edits`,
    refused: "Not refreshed:",
    problems: "The document has problems:",
    problemsNothingWritten: "The document has problems, nothing written:",
  },
} as const;

/**
 * `baocao refresh`: the plan (each change old → new, each conflict) and the number of syncs; without
 * `--dry-run` the changes are written. Exit 1 invalid figures, 2 a document problem.
 */
export async function refreshCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = readArgs(argv, {
    data: { type: "string" },
    output: { type: "string", short: "o" },
    "dry-run": { type: "boolean" },
    "accept-hand-edits": { type: "boolean" },
    api: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
    force: { type: "boolean" },
  });
  const lang = langOf(values.lang);
  const w = REFRESH_WORDS[lang];
  const file = positionals[0];
  if (!file || !values.data) throw new UserError(cliWords.missing({ vi: "tệp văn bản hoặc --data", en: "the document file or --data" }, refreshUsage));
  // Refreshing in place is the job; writing over the figures file is a slip.
  if (values.output) await refuseOverwritingInputs(values.output, [values.data], values.force);
  const template = findTemplate(undefined);
  if (!template) throw new UserError(cliWords.noTemplate(), ExitCode.invalidInput);
  const figures = await loadFigures(values.data, template, io, lang);
  const period = parsePeriod(figures.period);
  const agency = findAgency(figures.agency);
  if (!("value" in period) || !agency)
    throw new UserError(cliWords.noAgency(figures.agency), ExitCode.invalidInput);
  const { host, session } = await openDocument(file, values.api);
  const dryRun = values["dry-run"] === true;
  const { result, syncs } = await session.measure((s) =>
    refreshReport(s, shippedRenderer, {
      input: { template, figures, agency, period: period.value },
      source: `file:${values.data}`,
      now: new Date(),
      dryRun,
      overwrite: values["accept-hand-edits"] ? "all" : new Set(),
    }),
  );
  const { plan } = result;
  if (result.refused && ["doc.notAdopted", "doc.noMetadata", "doc.metadataDamaged"].includes(result.refused.code)) {
    io.stderr(`baocao refresh: ${formatIssue(result.refused, template, lang)}\n`);
    return ExitCode.documentProblem;
  }
  if (result.applied) await saveDocument(host, values.output ?? file);
  const problems = plan.issues.filter((i) => (i.severity ?? "error") === "error");
  if (values.json) {
    const out = {
      changes: plan.changes.map((c) => ({ tag: c.tag, old: c.old, new: c.new })),
      conflicts: plan.conflicts,
      rebuilds: plan.rebuilds,
      issues: plan.issues,
      syncs,
      applied: result.applied,
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines = [
      ...plan.changes.map((c) => `  ${placeName(c.tag, template, lang)}: “${c.old}” → “${c.new}”${c.occurrences > 1 ? ` (${w.places(c.occurrences)})` : ""}`),
      ...plan.rebuilds.map((r) => `  ${tableName(template, r.tableId, lang)}: ${w.rebuilt(r.oldRows, r.newRows)}`),
      ...plan.conflicts.map((c) => `  ${placeName(c.tag, template, lang)}: ${w.kept(c.current, c.new)}`),
    ];
    const verb = dryRun ? w.willChange : result.applied ? w.changed : result.blocked?.length ? w.blocked : w.nothing;
    io.stdout(`${verb}: ${w.counts(plan.changes.length, plan.conflicts.length)}.\n${lines.join("\n")}${lines.length ? "\n" : ""}`);
  }
  if (result.refused) {
    printIssues(io, { issues: [result.refused], template, lang, head: w.refused });
    return ExitCode.invalidInput;
  }
  if (problems.length) {
    const head = dryRun || !result.blocked?.length ? w.problems : w.problemsNothingWritten;
    printIssues(io, { issues: problems, template, lang, head });
    return ExitCode.documentProblem;
  }
  return ExitCode.ok;
}
