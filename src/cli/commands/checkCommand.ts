import { READINESS_WORDS } from "../../domain/checks/readinessWords";
import { cliWords, joinWords } from "../cliWords";
import { issue } from "../../domain/issues/Issue";
import { runChecks } from "../../domain/checks/runChecks";
import { formatIssue } from "../../domain/issues/formatIssue";
import { parsePeriod } from "../../domain/period";
import { findAgency } from "../../domain/template/agencies";
import { findTemplate } from "../../domain/template/registry";
import { checkReport } from "../../word/operations";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import { readArgs } from "../args";
import { langOf, openDocument } from "../documentIo";
import { ExitCode, issueWords, UserError, type CliIo } from "../io";

export const checkUsage = "baocao check report.docx [--period 2021-Q1] [--api m365|office2021|1.4|web] [--json]";


/** `baocao check`: what must be fixed before signing; exit 1 when something must. */
export async function checkCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = readArgs(argv, {
    period: { type: "string" },
    api: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  });
  const file = positionals[0];
  if (!file) throw new UserError(cliWords.missing(cliWords.theDocument, checkUsage));
  const period = values.period ? parsePeriod(values.period) : undefined;
  if (period && !("value" in period))
    throw new UserError(cliWords.badPeriod(values.period), ExitCode.invalidInput);
  const lang = langOf(values.lang);
  const { session } = await openDocument(file, values.api);
  const { result, syncs } = await session.measure((s) =>
    checkReport(s, shippedRenderer, {
      findTemplate,
      findAgency,
      runChecks,
      ...(period && "value" in period ? { period: period.value } : {}),
    }),
  );
  const damage = result.entries.find((e) => e.issue.code === "doc.metadataDamaged");
  if (damage) {
    if (values.json) io.stdout(`${JSON.stringify({ ready: false, period: null, items: [{ ...damage.issue, message: formatIssue(damage.issue, undefined, lang) }], syncs }, null, 2)}\n`);
    else io.stderr(`baocao check: ${formatIssue(damage.issue, undefined, lang)}\n`);
    return ExitCode.documentProblem;
  }
  if (!result.period)
    throw new UserError(
      joinWords(issueWords(issue("doc.notAdopted", ["doc"])), {
        vi: "Để chỉ rà soát cụm từ kỳ báo cáo, cho biết kỳ bằng --period 2021-Q1.",
        en: "To review only the period phrases, give the period with --period 2021-Q1.",
      }),
      ExitCode.invalidInput,
    );
  const template = findTemplate(undefined);
  const described = result.entries.map((e) => ({
    ...e.issue,
    severity: e.issue.severity ?? "error",
    message: formatIssue(e.issue, template, lang),
    ...(e.tag ? { tag: e.tag } : {}),
  }));
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ ready: result.ready, period: result.period, items: described, syncs }, null, 2)}\n`,
    );
  } else {
    const w = READINESS_WORDS[lang];
    const lines: string[] = [`${result.ready ? w.ready : w.notReady}.`];
    for (const severity of ["error", "warning", "info"] as const) {
      const items = described.filter((d) => d.severity === severity);
      if (items.length)
        lines.push(`${w.groups[severity]} (${items.length}):`, ...items.map((i) => `  - ${i.message}`));
    }
    io.stdout(`${lines.join("\n")}\n`);
  }
  return result.ready ? ExitCode.ok : ExitCode.invalidInput;
}
