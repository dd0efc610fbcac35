import { cliWords, joinWords } from "../cliWords";
import { PAGE_SETUP_ITEMS } from "../../domain/checks/pageSetupIssues";
import { formatPeriodCode, parsePeriod } from "../../domain/period";
import { findAgency } from "../../domain/template/agencies";
import { AgencyProfileSchema } from "../../domain/template/agencyProfileSchema";
import { findTemplate } from "../../domain/template/registry";
import type { AgencyProfile } from "../../domain/template/types";
import { draftReport } from "../../word/operations";
import { shippedRenderer } from "../../word/operations/shippedRenderer";
import { readArgs } from "../args";
import { blankDocument, langOf, loadFigures, refuseOverwritingInputs, saveDocument } from "../documentIo";
import { ExitCode, UserError, type CliIo } from "../io";
import { readJsonFile } from "../readInput";
import { periodName } from "../plainWords";

export const newUsage =
  "baocao new --period 2021-Q1 --data figures.json [--agency profile.json] -o report.docx [--api m365|office2021|1.4|web] [--json] [--force]";

/** `baocao new`: a blank document, the filled report inserted as the add-in inserts it, saved. */
export async function newCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = readArgs(argv, {
    period: { type: "string" },
    data: { type: "string" },
    agency: { type: "string" },
    output: { type: "string", short: "o" },
    api: { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
    force: { type: "boolean" },
  });
  const lang = langOf(values.lang);
  if (!values.data || !values.output) throw new UserError(cliWords.missing({ vi: "--data hoặc -o", en: "--data or -o" }, newUsage));
  await refuseOverwritingInputs(values.output, [values.data, values.agency], values.force);
  const template = findTemplate(undefined);
  if (!template) throw new UserError(cliWords.noTemplate(), ExitCode.invalidInput);
  const figures = await loadFigures(values.data, template, io, lang);
  const period = values.period ? parsePeriod(values.period) : parsePeriod(figures.period);
  if (!("value" in period))
    throw new UserError(cliWords.badPeriod(values.period), ExitCode.invalidInput);
  if (formatPeriodCode(period.value) !== figures.period) {
    throw new UserError(
      {
        vi: `Số liệu là của ${periodName(figures.period)}, không phải ${periodName(formatPeriodCode(period.value))}.`,
        en: `The figures are for ${periodName(figures.period, "en")}, not ${periodName(formatPeriodCode(period.value), "en")}.`,
      },
      ExitCode.invalidInput,
    );
  }
  const agency = values.agency ? await loadAgency(values.agency) : findAgency(figures.agency);
  if (!agency)
    throw new UserError(
      joinWords(cliWords.noAgency(figures.agency), { vi: "Hãy chỉ ra tệp bằng --agency.", en: "Name its file with --agency." }),
      ExitCode.invalidInput,
    );
  const { host, session } = await blankDocument(values.api);
  const { syncs } = await session.measure((s) =>
    draftReport(s, shippedRenderer, {
      input: { template, figures, agency, period: period.value },
      source: `file:${values.data}`,
      now: new Date(),
    }),
  );
  await saveDocument(host, values.output);
  const result = {
    output: values.output,
    period: figures.period,
    agency: agency.id,
    syncs,
    bytesSent: host.bytesSent,
    host: host.profile.name,
    // What this Word cannot set (no PageSetup): `baocao check` lists each item for the clerk.
    pageSetupByHand: session.capabilities.pageSetup ? [] : PAGE_SETUP_ITEMS,
  };
  const byHand = session.capabilities.pageSetup
    ? ""
    : lang === "vi"
      ? "Word này không cho phần mềm đặt trang: hãy tự đặt khổ A4, lề theo Nghị định 30 và “Trang đầu khác”; “baocao check” liệt kê từng mục.\n"
      : "This Word does not let an add-in set up the page: set A4, the margins of Decree 30 and “Different first page” by hand; “baocao check” lists each item.\n";
  io.stdout(
    values.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : lang === "vi"
        ? `Đã tạo ${values.output}: báo cáo ${periodName(figures.period)} của ${agency.agencyName}.\n${byHand}`
        : `Made ${values.output}: the report of ${periodName(figures.period, "en")} for ${agency.agencyName}.\n${byHand}`,
  );
  return ExitCode.ok;
}

async function loadAgency(path: string): Promise<AgencyProfile> {
  const parsed = AgencyProfileSchema.safeParse(await readJsonFile(path));
  if (parsed.success) return parsed.data;
  const problems = (root: string) => parsed.error.issues.map((i) => `${i.path.join(".") || root}: ${i.message}`).join("; ");
  throw new UserError(
    { vi: `Hồ sơ cơ quan “${path}” không hợp lệ: ${problems("(gốc)")}`, en: `The agency profile “${path}” is not valid: ${problems("(root)")}` },
    ExitCode.invalidInput,
  );
}
