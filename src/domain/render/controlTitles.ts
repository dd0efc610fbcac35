import type { HeaderField, Template } from "../template/types";

/** The Vietnamese titles Word shows on the header-field controls. */
export const HEADER_FIELD_TITLES: Readonly<Record<HeaderField, string>> = {
  docNumber: "Số văn bản (văn thư ghi)",
  issueDate: "Ngày ban hành (văn thư ghi)",
};

/** @example figureTitle(template, "II.2.2.1.onTimeRatePct") // → "Tỷ lệ hồ sơ đúng và trước hạn" */
export const figureTitle = (template: Template, key: string): string => template.fields[key]?.label.vi ?? key;

/** @example periodTitle(template, "label") // → "Kỳ báo cáo" */
export const periodTitle = (template: Template, slot: string): string => template.periodSlots[slot]?.label.vi ?? slot;
