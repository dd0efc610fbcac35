import { formatTimestamp } from "../domain/format";
import { describePlace } from "../domain/issues/describePlace";
import { parsePeriod, periodLabel, periodLabelEn } from "../domain/period";
import { findAgency } from "../domain/template/agencies";
import type { Template } from "../domain/template/types";

/**
 * The command line's words for a clerk (without `--json`): places, periods, sources and agencies named as the
 * printed report and a person name them, never by tag, code or id.
 */
export const placeName = (tag: string, template: Template | undefined, lang: "vi" | "en" = "vi"): string =>
  describePlace(["doc", tag], template, lang);

/** "2021-Q1" → "Quý I năm 2021" ("Q1 2021" in English); an unreadable code is shown as given. */
export function periodName(code: string, lang: "vi" | "en" = "vi"): string {
  const parsed = parsePeriod(code);
  if (!("value" in parsed)) return code;
  return lang === "vi" ? periodLabel(parsed.value) : periodLabelEn(parsed.value);
}

/** "sct-dongnai" → "Sở Công Thương Đồng Nai". */
export function agencyName(id: string): string {
  const agency = findAgency(id);
  return agency ? `${agency.agencyName} ${agency.province}` : id;
}

/** Where the figures came from, as a person says it: "Dịch vụ số liệu", "Dán từ Excel", the file's name. */
export function sourceName(source: string, lang: "vi" | "en" = "vi"): string {
  if (source.startsWith("service:")) return lang === "vi" ? "Dịch vụ số liệu" : "the figures service";
  if (source === "paste") return lang === "vi" ? "Dán từ Excel" : "pasted from Excel";
  if (source.startsWith("file:")) return `${lang === "vi" ? "tệp" : "file"} ${source.slice("file:".length).split(/[\\/]/).pop() ?? ""}`;
  return source;
}

/** "cập nhật 02/12/2026 15:26" ("updated 02/12/2026 15:26"): dates stay in vi-VN form in both languages. */
export const updatedAt = (iso: string, lang: "vi" | "en" = "vi"): string => `${lang === "vi" ? "cập nhật" : "updated"} ${formatTimestamp(iso)}`;
