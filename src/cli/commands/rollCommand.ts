import { cliWords } from "../cliWords";
import { parsePeriod } from "../../domain/period";
import { findAgency } from "../../domain/template/agencies";
import { findTemplate } from "../../domain/template/registry";
import { rollForward } from "../../word/operations";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import { readArgs } from "../args";
import { langOf, openDocument, printIssues, refuseOverwritingInputs, saveDocument } from "../documentIo";
import { ExitCode, UserError, type CliIo } from "../io";
import { periodName } from "../plainWords";

export const rollUsage = "baocao roll report.docx --to 2021-H1 -o next.docx [--api m365|office2021|1.4|web] [--json] [--force]";

/** `baocao roll`: last quarter's report moved to the next period, ready to be refreshed. */
export async function rollCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = readArgs(argv, {
    to: { type: "string" },
    output: { type: "string", short: "o" },
    api: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
    force: { type: "boolean" },
  });
  const file = positionals[0];
  if (!file || !values.to || !values.output)
    throw new UserError(cliWords.missing({ vi: "tệp, --to hoặc -o", en: "the file, --to or -o" }, rollUsage));
  await refuseOverwritingInputs(values.output, [file], values.force);
  const next = parsePeriod(values.to);
  if (!("value" in next))
    throw new UserError(cliWords.badPeriod(values.to), ExitCode.invalidInput);
  const { host, session } = await openDocument(file, values.api);
  const { result, syncs } = await session.measure((s) =>
    rollForward(s, shippedRenderer, { next: next.value, now: new Date(), findTemplate, findAgency }),
  );
  if (result.refused) {
    printIssues(io, {
      issues: result.blocked ?? [result.refused],
      template: result.blocked ? findTemplate(undefined) : undefined,
      lang: langOf(values.lang),
      head:
        langOf(values.lang) === "vi"
          ? result.blocked
            ? "Văn bản có vấn đề, không chuyển kỳ, không ghi gì:"
            : "Không chuyển kỳ được:"
          : result.blocked
            ? "The document has problems: not rolled forward, nothing written:"
            : "Cannot roll forward:",
    });
    return ExitCode.documentProblem;
  }
  await saveDocument(host, values.output);
  const { plan } = result;
  if (values.json) {
    const out = {
      from: result.from,
      to: result.to,
      changes: plan.changes.map((c) => ({ tag: c.tag, old: c.old, new: c.new })),
      rebuilds: plan.rebuilds,
      kept: plan.conflicts,
      cleared: result.cleared,
      issues: plan.issues,
      syncs,
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lang = langOf(values.lang);
    const from = periodName(result.from ?? "", lang);
    const to = periodName(result.to, lang);
    io.stdout(
      lang === "vi"
        ? `Đã chuyển ${file} từ ${from} sang ${to} → ${values.output}: ${plan.changes.length} chỗ thay đổi, ` +
            `${result.cleared.length} số liệu để trống chờ cập nhật, ${plan.conflicts.length} chỗ sửa tay được giữ.\n`
        : `Rolled ${file} from ${from} to ${to} → ${values.output}: ${plan.changes.length} changes, ` +
            `${result.cleared.length} figures left blank to be refreshed, ${plan.conflicts.length} hand edits kept.\n`,
    );
  }
  return ExitCode.ok;
}
