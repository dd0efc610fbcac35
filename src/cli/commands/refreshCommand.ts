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
  const file = positionals[0];
  if (!file || !values.data) throw new UserError(`Thiếu tệp văn bản hoặc --data. Cách dùng: ${refreshUsage}`);
  // Refreshing in place is the job; writing over the figures file is a slip.
  if (values.output) await refuseOverwritingInputs(values.output, [values.data], values.force);
  const template = findTemplate(undefined);
  if (!template) throw new UserError("Không có mẫu báo cáo nào.", ExitCode.invalidInput);
  const figures = await loadFigures(values.data, template, io, lang);
  const period = parsePeriod(figures.period);
  const agency = findAgency(figures.agency);
  if (!("value" in period) || !agency)
    throw new UserError(`Không có hồ sơ cơ quan “${figures.agency}”.`, ExitCode.invalidInput);
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
      ...plan.changes.map(
        (c) => `  ${placeName(c.tag, template, lang)}: “${c.old}” → “${c.new}”${c.occurrences > 1 ? ` (${c.occurrences} chỗ)` : ""}`,
      ),
      ...plan.rebuilds.map((r) => `  ${tableName(template, r.tableId, lang)}: dựng lại bảng (${r.oldRows} → ${r.newRows} dòng)`),
      ...plan.conflicts.map(
        (c) =>
          `  ${placeName(c.tag, template, lang)}: đã sửa tay “${c.current}”, số liệu mới “${c.new}” — giữ số sửa tay, các số tính từ nó được tính lại (dùng --accept-hand-edits để lấy số mới)`,
      ),
    ];
    const verb = dryRun
      ? "Sẽ thay đổi"
      : result.applied
        ? "Đã thay đổi"
        : result.blocked?.length
          ? "Không ghi gì (văn bản có vấn đề); lẽ ra thay đổi"
          : "Không có gì thay đổi";
    io.stdout(
      `${verb}: ${plan.changes.length} số liệu, ${plan.conflicts.length} chỗ sửa tay.\n${lines.join("\n")}${lines.length ? "\n" : ""}`,
    );
  }
  if (result.refused) {
    printIssues(io, { issues: [result.refused], template, lang, head: "Không cập nhật:" });
    return ExitCode.invalidInput;
  }
  if (problems.length) {
    const head = dryRun || !result.blocked?.length ? "Văn bản có vấn đề:" : "Văn bản có vấn đề, không ghi gì:";
    printIssues(io, { issues: problems, template, lang, head });
    return ExitCode.documentProblem;
  }
  return ExitCode.ok;
}
