import type { TableDef } from "../../types";
import { column, group, integer, leaf, percent, text } from "./build";

/**
 * T10 — digital signatures and certificates (II.6.a, seed L1339–L1392). "Số lượng" is a number with an
 * annotation in parentheses, "53 (1cts do cty TS24 cấp)"; the rate is input, its denominator (the leaders who
 * must sign) not being in the report. The descriptive label comes first in each row: messages name a row by it.
 */
export const T10: TableDef = {
  id: "T10",
  sectionId: "II.6.a",
  title: { vi: "Ứng dụng chữ ký số, chứng thư số", en: "Digital signatures and certificates" },
  columns: [
    column({ key: "c1", class: "LBL", format: text, vi: "STT", en: "No." }),
    column({ key: "c2", class: "LBL", format: text, vi: "Tiêu chí", en: "Criterion" }),
    column({ key: "c3", class: "IN", format: integer, previousOf: "c4", vi: "Năm (Quý) trước", en: "Previous period" }),
    column({ key: "c4", class: "IN", format: integer, noteKey: "c4Note", vi: "Số lượng", en: "Number" }),
    column({ key: "c5", class: "IN", format: percent(0), vi: "Tỷ lệ", en: "Rate" }),
  ],
  header: [
    leaf("STT", "c1"),
    leaf("Tiêu chí", "c2"),
    leaf("Năm (Quý) trước", "c3"),
    group("Năm (Quý) báo cáo", [leaf("Số lượng", "c4"), leaf("Tỷ lệ", "c5")]),
  ],
  rows: {
    mode: "fixed",
    rows: [
      {
        kind: "data",
        id: "r1",
        label: {
          c2: "Số lượng cán bộ, công chức lãnh đạo, quản lý sử dụng chữ ký số, chứng thư số, sim PKI ký số",
          c1: "1",
        },
      },
      {
        kind: "data",
        id: "r2",
        label: {
          c2: "Số lượng cán bộ, công chức lãnh đạo, quản lý sử dụng chữ ký số, chứng thư số, sim PKI ký số do Ban Cơ yếu Chính phủ cấp",
          c1: "2",
        },
      },
    ],
  },
  widths: [6, 46, 14, 20, 14],
  scope: "period",
};
