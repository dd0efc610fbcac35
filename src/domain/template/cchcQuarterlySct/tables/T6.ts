import type { TableDef } from "../../types";
import { column, dataRow, groupRow, progressiveColumns, progressiveHeader, text } from "./build";

const LABELS = { prev: "Năm trước", Q1: "Quí I", H1: "06 tháng", M9: "09 tháng", Y: "Năm" } as const;

/**
 * T6 — appointments, rotations, discipline and recruitment (II.4.a, seed L869–L911). The period columns are
 * year-to-date and progressive: a report keeps the columns of earlier periods and fills its own. Header
 * wording as printed ("Năm (Quí) báo cáo", "06 tháng"), which differs from T7's (§7 D5).
 */
export const T6: TableDef = {
  id: "T6",
  sectionId: "II.4.a",
  title: { vi: "Quản lý cán bộ, công chức, viên chức", en: "Personnel management" },
  columns: [column({ key: "c1", class: "LBL", format: text, vi: "Nội dung", en: "Item" }), ...progressiveColumns(LABELS)],
  header: progressiveHeader("Năm (Quí) báo cáo", LABELS),
  rows: {
    mode: "fixed",
    rows: [
      groupRow("g1", "Đối với Trưởng phòng, Phó Trưởng phòng thuộc cấp Sở"),
      dataRow("r1", "Bổ nhiệm mới"),
      dataRow("r2", "Bổ nhiệm lại"),
      dataRow("r3", "Luân chuyển"),
      dataRow("r4", "Miễn nhiệm"),
      dataRow("r5", "Kỷ luật"),
      groupRow("g2", "Số lượng công chức, viên chức được tuyển dụng"),
      dataRow("r6", "Công chức"),
      dataRow("r7", "Viên chức"),
    ],
  },
  widths: [40, 12, 12, 12, 12, 12],
  scope: "progressive",
};
