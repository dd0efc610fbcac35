import sampleFigures from "../../test/fixtures/figures/sct-dongnai-2021-Q1.json";
import { openDocx, type DocxHost, type HostProfileName } from "../docx";
import { parseFigures } from "../domain/figures/parseFigures";
import { parsePeriod } from "../domain/period";
import { findAgency } from "../domain/template/agencies";
import { cchcQuarterlySct } from "../domain/template/cchcQuarterlySct";
import { makeReportDocument } from "./wiring";

/**
 * The Quý I/2021 report of Sở Công Thương Đồng Nai, built in the page the way a clerk would: a blank
 * document, then "Chèn mẫu báo cáo" with the fixture's figures, through the pane's own ReportDocument.
 */
export async function buildSample({ profile }: { readonly profile: HostProfileName }): Promise<DocxHost> {
  const { value: figures, issues } = parseFigures(sampleFigures, cchcQuarterlySct);
  if (!figures) throw new Error(`Số liệu mẫu không hợp lệ: ${issues.map((i) => i.code).join(", ")}`);
  const agency = findAgency(figures.agency);
  const period = parsePeriod(figures.period);
  if (!agency || !("value" in period))
    throw new Error(`Số liệu mẫu không rõ cơ quan hoặc kỳ (${figures.agency}, ${figures.period}).`);
  const host = await openDocx(undefined, { profile });
  // The figures were read off the signed report's text: its file is where they came from, as the pane says it.
  const source = "file:bao-cao-cchc-quy-I-2021.txt";
  await makeReportDocument(host).insertTemplate({ agency, period: period.value, figures: { ...figures, source } });
  return host;
}
