import type { TableDef } from "../../types";
import { column, group, integer, leaf, percent, text } from "./build";

/**
 * T9 — use of the document-management software (II.6.a, seed L1275–L1337), with the printed row of column
 * numbers 1–13. Totals are sums; both rates are recomputed. The staff rate (c12) is printed "100" without a
 * sign, as in the seed (§7 D2); the electronic-document rate (c9) "100%".
 */
export const T9: TableDef = {
  id: "T9",
  sectionId: "II.6.a",
  title: { vi: "Kết quả sử dụng phần mềm quản lý văn bản - điều hành công việc", en: "Document-management software" },
  columns: [
    column({ key: "c1", class: "LBL", format: integer, vi: "STT", en: "No." }),
    column({ key: "c2", class: "TXT", format: text, vi: "Cơ quan đơn vị", en: "Unit" }),
    column({ key: "c3", class: "CALC", format: integer, formula: { op: "sum", of: ["c4", "c5"] }, vi: "Tổng", en: "Documents" }),
    column({ key: "c4", class: "IN", format: integer, vi: "Gửi", en: "Sent" }),
    column({ key: "c5", class: "IN", format: integer, vi: "Nhận", en: "Received" }),
    column({ key: "c6", class: "CALC", format: integer, formula: { op: "sum", of: ["c7", "c8"] }, vi: "Tổng", en: "Electronic documents" }),
    column({ key: "c7", class: "IN", format: integer, vi: "Gửi", en: "Electronic, sent" }),
    column({ key: "c8", class: "IN", format: integer, vi: "Nhận", en: "Electronic, received" }),
    column({
      key: "c9",
      class: "CALC",
      format: percent(0),
      formula: { op: "pct", num: "c6", den: "c3" },
      vi: "Tỷ lệ văn bản điện tử/tổng số văn bản",
      en: "Electronic share",
    }),
    column({ key: "c10", class: "IN", format: integer, vi: "Tổng số CCVC", en: "Staff" }),
    column({ key: "c11", class: "IN", format: integer, vi: "Số CCVC sử dụng", en: "Staff using the software" }),
    column({
      key: "c12",
      class: "CALC",
      format: percent(0, { sign: false }),
      formula: { op: "pct", num: "c11", den: "c10" },
      vi: "Tỷ lệ",
      en: "Staff share",
    }),
    column({ key: "c13", class: "TXT", format: text, optional: true, vi: "Ghi chú", en: "Notes" }),
  ],
  header: [
    leaf("STT", "c1"),
    leaf("Cơ quan đơn vị", "c2"),
    group("Số văn bản", [leaf("Tổng", "c3"), leaf("Gửi", "c4"), leaf("Nhận", "c5")]),
    group("Số văn bản điện tử", [leaf("Tổng", "c6"), leaf("Gửi", "c7"), leaf("Nhận", "c8")]),
    leaf("Tỷ lệ văn bản điện tử/tổng số văn bản", "c9"),
    group("Công chức, viên chức sử dụng phần mềm quản lý văn bản để quản lý, điều hành, xử lý công việc", [
      leaf("Tổng số CCVC", "c10"),
      leaf("Số CCVC sử dụng", "c11"),
      leaf("Tỷ lệ", "c12"),
    ]),
    leaf("Ghi chú", "c13"),
  ],
  numberRow: true,
  rows: { mode: "variable", numberColumn: "c1", minRows: 1 },
  total: {
    label: "Tổng",
    labelSpan: 2,
    aggregations: {
      c3: "sum",
      c4: "sum",
      c5: "sum",
      c6: "sum",
      c7: "sum",
      c8: "sum",
      c9: "recompute",
      c10: "sum",
      c11: "sum",
      c12: "recompute",
      c13: "none",
    },
  },
  widths: [5, 10, 7, 7, 7, 7, 7, 7, 10, 8, 8, 8, 9],
  scope: "period",
};
