import { cliWords, joinWords } from "../cliWords";
import { formatIssue } from "../../domain/issues/formatIssue";
import { formatPeriodCode, parsePeriod } from "../../domain/period";
import { findAgency } from "../../domain/template/agencies";
import { findTemplate } from "../../domain/template/registry";
import { adoptReport } from "../../word/operations/adoptReport";
import { readArgs } from "../args";
import { langOf, openDocument, printIssues, saveDocument } from "../documentIo";
import { ExitCode, UserError, type CliIo } from "../io";

export const adoptUsage =
  "baocao adopt old.docx [--period 2021-Q1] [--template cchc-quarterly-sct] -o managed.docx [--dry-run] [--api 1.3] [--json]";

/**
 * `baocao adopt` (Nhận diện báo cáo cũ): last quarter's report typed by hand becomes one baocao manages — its
 * sections, tables, figures and period phrases wrapped as a fresh insert would, not one character changed.
 */
export async function adoptCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = readArgs(argv, {
    period: { type: "string" },
    template: { type: "string" },
    output: { type: "string", short: "o" },
    "dry-run": { type: "boolean" },
    api: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  });
  const lang = langOf(values.lang);
  const file = positionals[0];
  const dryRun = values["dry-run"] === true;
  if (!file || (!values.output && !dryRun))
    throw new UserError(cliWords.missing({ vi: "tệp hoặc -o", en: "the file or -o" }, adoptUsage));
  const parsed = values.period === undefined ? undefined : parsePeriod(values.period);
  if (parsed && !("value" in parsed))
    throw new UserError(
      joinWords(cliWords.badPeriod(values.period), cliWords.usage(adoptUsage)),
    );
  const template = findTemplate(values.template);
  if (!template) throw new UserError(joinWords(cliWords.noTemplate(values.template), cliWords.usage(adoptUsage)));
  const agency = findAgency("sct-dongnai");
  if (!agency) throw new UserError(cliWords.noAgency("sct-dongnai"), ExitCode.invalidInput);
  const { host, session } = await openDocument(file, values.api);
  const { result, syncs } = await session.measure((s) =>
    adoptReport(s, {
      template,
      agency,
      ...(parsed && "value" in parsed ? { period: parsed.value } : {}),
      now: new Date(),
      preview: dryRun,
    }),
  );
  if (result.refused) {
    // No period from the flag or the title is a usage error; anything else is the document's.
    const code = result.refused.code === "adopt.noPeriod" ? ExitCode.usage : ExitCode.documentProblem;
    io.stderr(`baocao adopt: ${formatIssue(result.refused, template, lang)}\n`);
    return code;
  }
  const plan = result.plan!;
  if (!dryRun && values.output) await saveDocument(host, values.output);
  const period = parsed && "value" in parsed ? parsed.value : plan.titlePeriod;
  if (values.json) {
    const out = {
      output: dryRun ? null : values.output,
      period: period ? formatPeriodCode(period) : null,
      counts: plan.counts,
      figures: plan.figures,
      written: plan.written,
      unplaced: plan.unplaced.map((i) => ({ ...i, message: formatIssue(i, template, lang) })),
      weak: plan.weak.map((w) => ({
        tag: w.tag,
        text: w.text,
        message: formatIssue(w.issue, template, lang),
      })),
      syncs,
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const c = plan.counts;
    const n = (count: { found: number; expected: number }) => `${count.found}/${count.expected}`;
    io.stdout(
      lang === "vi"
        ? `${dryRun ? "Nhận diện (chưa ghi gì)" : `Đã nhận diện ${file} → ${values.output}`}: ${n(c.sections)} mục, ` +
            `${n(c.tables)} bảng, ${n(c.figures)} số liệu trong lời văn, ${n(c.cells)} ô số liệu, ${c.periodPhrases.found} cụm từ kỳ báo cáo.\n`
        : `${dryRun ? "Recognised (nothing written)" : `Recognised ${file} → ${values.output}`}: ${n(c.sections)} sections, ` +
            `${n(c.tables)} tables, ${n(c.figures)} figures in the text, ${n(c.cells)} table cells, ${c.periodPhrases.found} period phrases.\n`,
    );
  }
  const left = [...plan.unplaced, ...plan.weak.map((w) => w.issue)];
  if (left.length && !values.json)
    printIssues(io, {
      issues: left,
      template,
      lang,
      head:
        lang === "vi"
          ? `${left.length} chỗ chưa nhận diện được hoặc cần xác nhận (để nguyên):`
          : `${left.length} places not recognised or to be confirmed (left as they are):`,
    });
  return ExitCode.ok;
}
