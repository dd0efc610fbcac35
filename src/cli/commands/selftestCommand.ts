import { flatOpcToBase64, HOST_PROFILES } from "../../docx";
import { runSelfTest, type SelfTestReport } from "../../word/selfTest";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import { readArgs } from "../args";
import { blankDocument, langOf } from "../documentIo";
import { ExitCode, type CliIo } from "../io";

export const selftestUsage = "baocao selftest [--api m365|office2021|1.4|web] [--json] [--lang en]";

/**
 * `baocao selftest`: the pane's compatibility self-test ("Kiểm tra tương thích") on a blank headless document
 * playing the Word of `--api`. Exit 0 when every check passed (or does not apply to that Word), 2 when one failed.
 */
export async function selftestCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, { api: { type: "string" }, json: { type: "boolean" }, lang: { type: "string" } });
  const lang = langOf(values.lang);
  const { host, session } = await blankDocument(values.api);
  const report = await runSelfTest(session, {
    renderer: shippedRenderer,
    isSetSupported: (name, version) => host.isSetSupported(name, version),
    version: `baocao headless Word (${host.profile.name})`,
    platform: host.profile.platform,
    toBase64Docx: flatOpcToBase64,
  });
  if (values.json) io.stdout(`${JSON.stringify({ profile: host.profile.name, ...report }, null, 2)}\n`);
  else io.stdout(describeReport(report, HOST_PROFILES[host.profile.name].description, lang));
  return report.ok ? ExitCode.ok : ExitCode.documentProblem;
}

function describeReport(report: SelfTestReport, word: string, lang: "vi" | "en"): string {
  const vi = lang === "vi";
  const mark = { passed: "✓", failed: "✗", skipped: "–" } as const;
  const failed = report.checks.filter((c) => c.status === "failed");
  return [
    vi ? `Kiểm tra tương thích với ${word}:` : `Compatibility self-test with ${word}:`,
    ...report.checks.map((c) => `  ${mark[c.status]} ${c.title[lang]}${c.status === "skipped" ? (vi ? " (Word này không có)" : " (not in this Word)") : ""}`),
    vi
      ? `${report.passed} đạt, ${report.failed} không đạt, ${report.skipped} không áp dụng.`
      : `${report.passed} passed, ${report.failed} failed, ${report.skipped} not applicable.`,
    ...(failed.length
      ? [vi ? "Chi tiết kỹ thuật:" : "Technical details:", ...failed.map((c) => `  ${c.id}: ${c.detail ?? ""}`)]
      : []),
    "",
  ].join("\n");
}
