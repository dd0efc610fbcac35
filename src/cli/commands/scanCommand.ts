import { formatIssue } from "../../domain/issues/formatIssue";
import { findAgency } from "../../domain/template/agencies";
import { findTemplate } from "../../domain/template/registry";
import { scanReport } from "../../word/operations/scanReport";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import { readArgs } from "../args";
import { langOf, openDocument, printIssues } from "../documentIo";
import { ExitCode, UserError, type CliIo } from "../io";
import { agencyName, periodName, sourceName, updatedAt } from "../plainWords";

export const scanUsage = "baocao scan report.docx [--api m365|office2021|1.4|web] [--json]";

/** `baocao scan`: what the document holds — metadata, controls by kind, and what is missing or duplicated. */
export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = readArgs(argv, {
    api: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  });
  const file = positionals[0];
  if (!file) throw new UserError(`Thiếu tệp văn bản. Cách dùng: ${scanUsage}`);
  const { session } = await openDocument(file, values.api);
  const { result: report, syncs } = await session.measure((s) =>
    scanReport(s, shippedRenderer, { findTemplate, findAgency }),
  );
  const { scan, template, byKind, issues } = report;
  const meta = scan.metadata;
  if (report.stopped) {
    const metadata = scan.damage ? null : meta ? { period: meta.period } : null;
    if (values.json) io.stdout(`${JSON.stringify({ metadata, store: scan.store, controls: null, issues, syncs }, null, 2)}\n`);
    else io.stderr(`baocao scan: ${issues.map((i) => formatIssue(i, undefined, langOf(values.lang))).join(" ")}\n`);
    return ExitCode.documentProblem;
  }
  const errors = issues.filter((i) => (i.severity ?? "error") === "error");
  if (values.json) {
    const metadata = meta
      ? { ...meta, written: undefined, figures: undefined, writtenCount: Object.keys(meta.written).length }
      : null;
    io.stdout(
      `${JSON.stringify({ metadata, store: scan.store, controls: byKind, issues, syncs }, null, 2)}\n`,
    );
  } else {
    io.stdout(
      [
        meta
          ? `${template?.title.vi ?? "Báo cáo"}, ${agencyName(meta.agencyId)}, ${periodName(meta.period)}${meta.refreshedAt ? `, ${updatedAt(meta.refreshedAt)}` : ""}${meta.source ? ` (${sourceName(meta.source)})` : ""}.`
          : "Văn bản chưa có thông tin của baocao.",
        `Văn bản có: ${byKind.sec} mục, ${byKind.tbl} bảng, ${byKind.fig} số liệu, ${byKind.per} cụm từ kỳ báo cáo, ${byKind.hdr} ô tiêu đề.`,
        "",
      ].join("\n"),
    );
  }
  if (issues.length)
    printIssues(io, { issues, template, lang: langOf(values.lang), head: `${issues.length} vấn đề:` });
  return errors.length ? ExitCode.documentProblem : ExitCode.ok;
}
