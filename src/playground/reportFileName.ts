import { formatPeriodCode } from "../domain/period";
import type { DocumentStatus } from "../taskpane/services/ReportDocument";

/** The first word of an id, as an office writes it in a file name ("cchc-quarterly-sct" → "CCHC"). */
const short = (id: string): string => (id.split("-")[0] ?? id).toUpperCase();

/**
 * The name a report is saved under, as an office names its reports: "BC" (báo cáo), the report's kind, the
 * agency and the period. A document that is not a report keeps the name it was opened with.
 *
 * @example reportFileName({ kind: "report", templateId: "cchc-quarterly-sct", agencyId: "sct-dongnai", period: { year: 2021, kind: "Q1" } }, "x.docx") // → "BC-CCHC-SCT-2021-Q1.docx"
 */
export function reportFileName(status: DocumentStatus, fallback: string): string {
  if (status.kind !== "report") return fallback;
  return `BC-${short(status.templateId)}-${short(status.agencyId)}-${formatPeriodCode(status.period)}.docx`;
}
