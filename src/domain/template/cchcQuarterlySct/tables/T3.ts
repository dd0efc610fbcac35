import type { TableDef } from "../../types";
import { column, dataRow, leaf, padded, text } from "./build";

/**
 * T3 — the department's organisation (II.3.a, seed L749–L756): last year and this year side by side, the
 * year headers being period slots so that they move at the year change.
 */
export const T3: TableDef = {
  id: "T3",
  sectionId: "II.3.a",
  title: { vi: "Tổ chức bộ máy của Sở Công Thương", en: "Organisation of the department" },
  columns: [
    column({ key: "c1", class: "LBL", format: text, vi: "Nội dung", en: "Item" }),
    column({ key: "c2", class: "IN", format: padded, yearColumn: "prev", vi: "Năm trước", en: "Previous year" }),
    column({ key: "c3", class: "IN", format: padded, yearColumn: "current", vi: "Năm báo cáo", en: "Report year" }),
  ],
  header: [leaf("Nội dung", "c1"), leaf("Năm {per:prevYear}", "c2"), leaf("Năm {per:year}", "c3")],
  rows: {
    mode: "fixed",
    rows: [dataRow("r1", "1. Số phòng thuộc Sở"), dataRow("r2", "2. Số đơn vị sự nghiệp thuộc Sở")],
  },
  widths: [60, 20, 20],
  scope: "static",
};
