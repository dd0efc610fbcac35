import type { TableDef } from "../../types";
import { column, group, integer, leaf, percent, text } from "./build";

const pct = percent(1, { space: true });

/**
 * T2 — level-3/4 online public services (II.2.2.2.a, seed L612–L664). Received files are the level-3/4 files
 * plus the files handed in at the counter; both shares are recomputed, "96,3 %" with a space as printed.
 */
export const T2: TableDef = {
  id: "T2",
  sectionId: "II.2.2.2.a",
  title: { vi: "Dịch vụ công trực tuyến mức độ 3, 4", en: "Level-3/4 online public services" },
  columns: [
    column({ key: "c1", class: "LBL", format: integer, vi: "STT", en: "No." }),
    column({ key: "c2", class: "TXT", format: text, vi: "Tên thủ tục hành chính, dịch vụ công", en: "Procedure or public service" }),
    column({
      key: "c3",
      class: "CALC",
      format: integer,
      formula: { op: "sum", of: ["c4", "c6"] },
      vi: "Tổng số hồ sơ đã tiếp nhận",
      en: "Files received",
    }),
    column({ key: "c4", class: "IN", format: integer, vi: "Số hồ sơ thực hiện mức độ 3 và 4", en: "Level-3/4 files" }),
    column({
      key: "c5",
      class: "CALC",
      format: pct,
      formula: { op: "pct", num: "c4", den: "c3" },
      vi: "Tỷ lệ (%)",
      en: "Level-3/4 share (%)",
    }),
    column({ key: "c6", class: "IN", format: integer, vi: "Tổng số hồ sơ", en: "Files handed in at the counter" }),
    column({
      key: "c7",
      class: "CALC",
      format: pct,
      formula: { op: "pct", num: "c6", den: "c3" },
      vi: "Tỷ lệ (%)",
      en: "Counter share (%)",
    }),
  ],
  header: [
    leaf("STT", "c1"),
    leaf("Tên thủ tục hành chính, dịch vụ công", "c2"),
    leaf("Tổng số hồ sơ đã tiếp nhận", "c3"),
    group("Dịch vụ công mức độ 3 và mức độ 4", [leaf("Số hồ sơ thực hiện mức độ 3 và 4", "c4"), leaf("Tỷ lệ (%)", "c5")]),
    group("Hồ sơ nộp trực tiếp", [leaf("Tổng số hồ sơ", "c6"), leaf("Tỷ lệ (%)", "c7")]),
  ],
  rows: { mode: "variable", numberColumn: "c1", minRows: 1 },
  total: {
    label: "Tổng số",
    labelSpan: 2,
    aggregations: { c3: "sum", c4: "sum", c5: "recompute", c6: "sum", c7: "recompute" },
  },
  widths: [6, 30, 14, 14, 12, 12, 12],
  scope: "period",
};
