import { cliWords } from "../cliWords";
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

type Counts = { readonly sec: number; readonly tbl: number; readonly fig: number; readonly per: number; readonly hdr: number };

const SCAN_WORDS = {
  vi: {
    report: "Báo cáo",
    noMetadata: "Văn bản chưa có thông tin của baocao.",
    holds: (c: Counts) => `Văn bản có: ${c.sec} mục, ${c.tbl} bảng, ${c.fig} số liệu, ${c.per} cụm từ kỳ báo cáo, ${c.hdr} ô tiêu đề.`,
    problems: (n: number) => `${n} vấn đề:`,
  },
  en: {
    report: "Report",
    noMetadata: "The document holds no baocao information yet.",
    holds: (c: Counts) => `The document holds: ${c.sec} sections, ${c.tbl} tables, ${c.fig} figures, ${c.per} period phrases, ${c.hdr} header fields.`,
    problems: (n: number) => `${n} problems:`,
  },
} as const;

/** `baocao scan`: what the document holds — metadata, controls by kind, and what is missing or duplicated. */
export async function scanCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = readArgs(argv, {
    api: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  });
  const file = positionals[0];
  const lang = langOf(values.lang);
  if (!file) throw new UserError(cliWords.missing(cliWords.theDocument, scanUsage));
  const { session } = await openDocument(file, values.api);
  const { result: report, syncs } = await session.measure((s) =>
    scanReport(s, shippedRenderer, { findTemplate, findAgency }),
  );
  const { scan, template, byKind, issues } = report;
  const meta = scan.metadata;
  if (report.stopped) {
    const metadata = scan.damage ? null : meta ? { period: meta.period } : null;
    if (values.json) io.stdout(`${JSON.stringify({ metadata, store: scan.store, controls: null, issues, syncs }, null, 2)}\n`);
    else io.stderr(`baocao scan: ${issues.map((i) => formatIssue(i, undefined, lang)).join(" ")}\n`);
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
    const w = SCAN_WORDS[lang];
    io.stdout(
      [
        meta
          ? `${template?.title[lang] ?? w.report}, ${agencyName(meta.agencyId)}, ${periodName(meta.period, lang)}${meta.refreshedAt ? `, ${updatedAt(meta.refreshedAt, lang)}` : ""}${meta.source ? ` (${sourceName(meta.source, lang)})` : ""}.`
          : w.noMetadata,
        w.holds(byKind),
        "",
      ].join("\n"),
    );
  }
  if (issues.length) printIssues(io, { issues, template, lang, head: SCAN_WORDS[lang].problems(issues.length) });
  return errors.length ? ExitCode.documentProblem : ExitCode.ok;
}
