import type { PeriodSlotDef } from "../types";

/**
 * The period phrases of the report (template-spec §5.2), one slot per written shape.
 * A slot's tag may occur many times; every occurrence shows the same text.
 */
export const periodSlots: Readonly<Record<string, PeriodSlotDef>> = {
  label: { id: "label", class: "CUR", shape: "long", label: { vi: "Kỳ báo cáo", en: "Reporting period" } },
  labelSlash: {
    id: "labelSlash",
    class: "CUR",
    shape: "slash",
    label: { vi: "Kỳ báo cáo (dạng Quý I/2021)", en: "Reporting period (short form)" },
  },
  labelDash: {
    id: "labelDash",
    class: "CUR",
    shape: "dash",
    label: { vi: "Kỳ báo cáo (dạng Quý I - 2021)", en: "Reporting period (dash form)" },
  },
  dataRange: { id: "dataRange", class: "RANGE", label: { vi: "Thời gian lấy số liệu", en: "Data window" } },
  asOf: { id: "asOf", class: "ASOF", label: { vi: "Số liệu tính đến ngày", en: "Figures as of" } },
  year: { id: "year", class: "YEARHDR", label: { vi: "Năm báo cáo", en: "Report year" } },
  prevYear: { id: "prevYear", class: "PREVYEAR", label: { vi: "Năm trước", en: "Previous year" } },
};
