import type { ColumnDef, HeaderField, Section, TableDef, Template } from "../template/types";

/** The Vietnamese titles Word shows on the header-field controls. */
export const HEADER_FIELD_TITLES: Readonly<Record<HeaderField, string>> = {
  docNumber: "Số văn bản (văn thư ghi)",
  issueDate: "Ngày ban hành (văn thư ghi)",
};

/** @example figureTitle(template, "II.2.2.1.onTimeRatePct") // → "Tỷ lệ hồ sơ đúng và trước hạn" */
export const figureTitle = (template: Template, key: string): string => template.fields[key]?.label.vi ?? key;

/** @example periodTitle(template, "label") // → "Kỳ báo cáo" */
export const periodTitle = (template: Template, slot: string): string => template.periodSlots[slot]?.label.vi ?? slot;

/** @example sectionTitle(partI) // → "I. CÔNG TÁC CHỈ ĐẠO, …" */
export const sectionTitle = (section: Section): string => (section.number === "" ? section.title.vi : `${section.number} ${section.title.vi}`);

/** @example tableTitle(T2) // → "Bảng T2: Dịch vụ công trực tuyến mức độ 3, 4" */
export const tableTitle = (table: TableDef): string => `Bảng ${table.id}: ${table.title.vi}`;

/** @example cellTitle(T2, c4, 1) // → "Bảng T2: Số hồ sơ …, dòng 1" */
export const cellTitle = (table: TableDef, column: ColumnDef, row: number | "total"): string =>
  `Bảng ${table.id}: ${column.label.vi}, ${row === "total" ? "dòng tổng" : `dòng ${row}`}`;
