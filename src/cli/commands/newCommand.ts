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
  if (!values.data || !values.output) throw new UserError(`Thiếu --data hoặc -o. Cách dùng: ${newUsage}`);
  await refuseOverwritingInputs(values.output, [values.data, values.agency], values.force);
  const template = findTemplate(undefined);
  if (!template) throw new UserError("Không có mẫu báo cáo nào.", ExitCode.invalidInput);
  const figures = await loadFigures(values.data, template, io, lang);
  const period = values.period ? parsePeriod(values.period) : parsePeriod(figures.period);
  if (!("value" in period))
    throw new UserError(
      `Kỳ báo cáo “${values.period}” không hợp lệ; dạng đúng: 2021-Q1, 2021-H1, 2021-M9, 2021-Y.`,
      ExitCode.invalidInput,
    );
  if (formatPeriodCode(period.value) !== figures.period) {
    throw new UserError(
      `Số liệu là của kỳ ${figures.period}, không phải ${formatPeriodCode(period.value)}.`,
      ExitCode.invalidInput,
    );
  }
  const agency = values.agency ? await loadAgency(values.agency) : findAgency(figures.agency);
  if (!agency)
    throw new UserError(
      `Không có hồ sơ cơ quan “${figures.agency}”; hãy chỉ ra tệp bằng --agency.`,
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
    : "Word này không cho phần mềm đặt trang: hãy tự đặt khổ A4, lề theo Nghị định 30 và “Trang đầu khác”; “baocao check” liệt kê từng mục.\n";
  io.stdout(
    values.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : `Đã tạo ${values.output}: báo cáo ${periodName(figures.period)} của ${agency.agencyName}.\n${byHand}`,
  );
  return ExitCode.ok;
}

async function loadAgency(path: string): Promise<AgencyProfile> {
  const parsed = AgencyProfileSchema.safeParse(await readJsonFile(path));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(gốc)"}: ${i.message}`).join("; ");
  throw new UserError(`Hồ sơ cơ quan “${path}” không hợp lệ: ${problems}`, ExitCode.invalidInput);
}
