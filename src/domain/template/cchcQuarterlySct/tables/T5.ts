import type { TableDef } from "../../types";
import { column, dataRow, integer, leaf, percent, text } from "./build";

/**
 * T5 — staff downsizing under ND 108/2014 (II.3.b, seed L853–L859). The rate is approved over proposed,
 * recomputed in the total row and left blank when nothing was proposed (as the seed prints it).
 */
export const T5: TableDef = {
  id: "T5",
  sectionId: "II.3.b",
  title: { vi: "Tinh giản biên chế", en: "Staff downsizing" },
  columns: [
    column({ key: "c1", class: "LBL", format: text, vi: "Nội dung", en: "Item" }),
    column({ key: "c2", class: "IN", format: integer, vi: "Số lượng đề nghị", en: "Proposed" }),
    column({ key: "c3", class: "IN", format: integer, vi: "Số lượng được phê duyệt", en: "Approved" }),
    column({
      key: "c4",
      class: "CALC",
      format: percent(0),
      formula: { op: "pct", num: "c3", den: "c2" },
      vi: "Tỷ lệ",
      en: "Approval rate",
    }),
  ],
  header: [leaf("Nội dung", "c1"), leaf("Số lượng đề nghị", "c2"), leaf("Số lượng được phê duyệt", "c3"), leaf("Tỷ lệ", "c4")],
  rows: { mode: "fixed", rows: [dataRow("r1", "Công chức"), dataRow("r2", "Viên chức")] },
  total: { label: "Tổng", labelSpan: 1, aggregations: { c2: "sum", c3: "sum", c4: "recompute" } },
  widths: [34, 22, 26, 18],
  scope: "period",
};
