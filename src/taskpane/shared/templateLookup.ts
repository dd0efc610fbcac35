import { findSection } from "../../domain/template/findSection";
import type { AgencyProfile, Template } from "../../domain/template/types";
import type { Lang } from "../context/LanguageContext";

/** "II.2.2.2.a" → "a) Kết quả triển khai dịch vụ công trực tuyến…", as the document prints it. */
export function sectionHeading(template: Template, id: string, lang: Lang): string {
  const section = findSection(template.sections, id);
  if (!section) return id;
  return [section.number, section.title[lang]].filter((s) => s !== "").join(" ");
}

/** "Sở Công Thương Đồng Nai"; the id when the agency is unknown. */
export function agencyDisplayName(agencies: readonly AgencyProfile[], id: string): string {
  const agency = agencies.find((a) => a.id === id);
  return agency ? `${agency.agencyName} ${agency.province}` : id;
}
