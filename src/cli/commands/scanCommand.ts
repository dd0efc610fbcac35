import { formatIssue } from "../../domain/issues/formatIssue";
import { issue } from "../../domain/issues/Issue";
import { documentIssues } from "../../domain/plan";
import { parsePeriod } from "../../domain/period";
import { parseTag, type TagKind } from "../../domain/tags";
import { findAgency } from "../../domain/template/agencies";
import { findTemplate } from "../../domain/template/registry";
import { scanDocument } from "../../word";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import { ADOPTED } from "../../word/operations/adoptReport";
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
  const { result: scan, syncs } = await session.measure(scanDocument);
  if (scan.damage) {
    if (values.json) io.stdout(`${JSON.stringify({ metadata: null, store: scan.store, controls: null, issues: [scan.damage], syncs }, null, 2)}\n`);
    else io.stderr(`baocao scan: ${formatIssue(scan.damage, undefined, langOf(values.lang))}\n`);
    return ExitCode.documentProblem;
  }
  if (scan.controls.size === 0) {
    const notAdopted = issue("doc.notAdopted", ["doc"]);
    if (values.json) io.stdout(`${JSON.stringify({ metadata: scan.metadata ? { period: scan.metadata.period } : null, store: scan.store, controls: null, issues: [notAdopted], syncs }, null, 2)}\n`);
    else io.stderr(`baocao scan: ${formatIssue(notAdopted, undefined, langOf(values.lang))}\n`);
    return ExitCode.documentProblem;
  }
  const counts = new Map([...scan.controls].map(([tag, found]) => [tag, found.length]));
  const byKind: Record<TagKind, number> = { sec: 0, fig: 0, tbl: 0, per: 0, hdr: 0 };
  for (const [tag, n] of counts) {
    const kind = parseTag(tag)?.kind;
    if (kind) byKind[kind] += n;
  }
  const meta = scan.metadata;
  const template = meta ? findTemplate(meta.templateId) : undefined;
  const agency = meta ? findAgency(meta.agencyId) : undefined;
  const period = meta ? parsePeriod(meta.period) : undefined;
  const issues =
    meta?.figures && template && agency && period && "value" in period
      ? documentIssues(
          counts,
          template,
          new Map(
            [...shippedRenderer.content({ template, figures: meta.figures, agency, period: period.value }).texts].filter(
              ([tag]) => meta.source !== ADOPTED || parseTag(tag)?.kind !== "hdr",
            ),
          ),
        )
      : [];
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
