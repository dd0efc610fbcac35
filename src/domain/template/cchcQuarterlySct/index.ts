import { parseInline } from "../markup";
import { ownRecord } from "../ownRecord";
import type { Template } from "../types";
import { decisions } from "./decisions";
import { fields } from "./fields";
import { periodSlots } from "./periodSlots";
import { sections } from "./sections";
import { tables } from "./tables";

/**
 * The shipped template: the quarterly CCHC report of Sở Công Thương Đồng Nai, as its Quý I/2021 edition
 * prints it (template-spec.md), assembled from its sections, tables, fields, period slots and decisions.
 */
export const cchcQuarterlySct: Template = {
  id: "cchc-quarterly-sct",
  version: "1.0.0",
  title: {
    vi: "Báo cáo kết quả thực hiện công tác cải cách hành chính (Sở Công Thương, hằng quý)",
    en: "Administrative-reform (CCHC) results report (Department of Industry and Trade, quarterly)",
  },
  houseStyle: { quarterWord: "Quí", padMonths: true, percentSpace: false },
  summaryPrefix: "Kết quả thực hiện công tác cải cách hành chính",
  sections,
  // Looked up by keys from outside (files, pastes, tags): no prototype to find `constructor` or `toString` in.
  tables: ownRecord(tables),
  fields: ownRecord(fields),
  periodSlots,
  closing: parseInline(
    "Trên đây là Báo cáo kết quả thực hiện công tác CCHC {per:label}, {agency:agencyName} báo cáo {agency:reportTo}./.",
  ),
  decisions,
};
