import type { RowDef, TableDef } from "../../types";
import { column, dataRow, groupRow, progressiveColumns, progressiveHeader, text } from "./build";

const LABELS = { prev: "Năm trước", Q1: "Quí I", H1: "6 tháng", M9: "9 tháng", Y: "Năm" } as const;

const COURSES = [
  "Thạc sỹ trở lên",
  "Cử nhân chính trị (bao gồm cao cấp)",
  "Trung cấp (bao gồm trung cấp chính trị)",
  "Lớp bồi dưỡng, tập huấn từ 05 ngày trở lên",
  "Bồi dưỡng, tập huấn nghiệp vụ về cải cách hành chính",
] as const;

const block = (g: number, label: string): readonly RowDef[] => [
  groupRow(`g${g}`, label),
  ...COURSES.map((course, k) => dataRow(`r${(g - 1) * COURSES.length + k + 1}`, course)),
];

/**
 * T7 — training and retraining (II.4.b, seed L945–L982): civil servants, then public-service employees, five
 * kinds of course each. Progressive period columns as T6; header wording as printed ("Năm báo cáo", "6 tháng").
 */
export const T7: TableDef = {
  id: "T7",
  sectionId: "II.4.b",
  title: { vi: "Đào tạo, bồi dưỡng cán bộ, công chức, viên chức", en: "Training of civil servants and employees" },
  columns: [column({ key: "c1", class: "LBL", format: text, vi: "Nội dung", en: "Item" }), ...progressiveColumns(LABELS)],
  header: progressiveHeader("Năm báo cáo", LABELS),
  rows: {
    mode: "fixed",
    rows: [...block(1, "1. Số công chức hành chính được đào tạo"), ...block(2, "2. Viên chức sự nghiệp được đào tạo")],
  },
  widths: [40, 12, 12, 12, 12, 12],
  scope: "progressive",
};
