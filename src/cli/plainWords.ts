import { formatTimestamp } from "../domain/format";
import { describePlace } from "../domain/issues/describePlace";
import { parsePeriod, periodLabel } from "../domain/period";
import { findAgency } from "../domain/template/agencies";
import type { Template } from "../domain/template/types";

/**
 * The command line's words for a clerk (without `--json`): places, periods, sources and agencies named as the
 * printed report and a person name them, never by tag, code or id.
 */
export const placeName = (tag: string, template: Template | undefined, lang: "vi" | "en" = "vi"): string =>
  describePlace(["doc", tag], template, lang);

/** "2021-Q1" → "Quý I năm 2021"; an unreadable code is shown as given. */
export function periodName(code: string): string {
  const parsed = parsePeriod(code);
  return "value" in parsed ? periodLabel(parsed.value) : code;
}

/** "sct-dongnai" → "Sở Công Thương Đồng Nai". */
export function agencyName(id: string): string {
  const agency = findAgency(id);
  return agency ? `${agency.agencyName} ${agency.province}` : id;
}

/** Where the figures came from, as a person says it: "Dịch vụ số liệu", "Dán từ Excel", the file's name. */
export function sourceName(source: string): string {
  if (source.startsWith("service:")) return "Dịch vụ số liệu";
  if (source === "paste") return "Dán từ Excel";
  if (source.startsWith("file:")) return `tệp ${source.slice("file:".length).split(/[\\/]/).pop() ?? ""}`;
  return source;
}

/** "cập nhật 02/12/2026 15:26". */
export const updatedAt = (iso: string): string => `cập nhật ${formatTimestamp(iso)}`;
