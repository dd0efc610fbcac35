import type { TableDef } from "../../types";
import { column, enumOf, integer, leaf, padded, text } from "./build";

/**
 * T1 — inter-agency ("liên thông") procedures (II.2.1.a, seed L388–L537): one variable row per procedure or
 * field. The total row mixes aggregations exactly as the seed computes them (template-spec §3, §7 A1, A2).
 */
export const T1: TableDef = {
  id: "T1",
  sectionId: "II.2.1.a",
  title: { vi: "Tình hình thực hiện liên thông thủ tục hành chính", en: "Inter-agency administrative procedures" },
  columns: [
    column({ key: "c1", class: "LBL", format: integer, vi: "STT", en: "No." }),
    column({ key: "c2", class: "TXT", format: text, vi: "TTHC, dịch vụ công", en: "Procedure or public service" }),
    column({
      key: "c3",
      class: "ENUM",
      format: enumOf("Trung ương", "UBND tỉnh"),
      vi: "Theo Quy định của Trung ương, UBND tỉnh",
      en: "Prescribed by the central government or the province",
    }),
    column({ key: "c4", class: "TXT", format: text, vi: "Đơn vị chủ động thực hiện", en: "Lead unit" }),
    column({ key: "c5", class: "TXT", format: text, vi: "Các đơn vị liên thông", en: "Partner units" }),
    column({
      key: "c6",
      class: "TXT",
      format: text,
      optional: true,
      vi: "Số văn bản quy định (quy chế phối hợp) liên thông",
      en: "Coordination rules (document number)",
    }),
    column({ key: "c7", class: "TXT", format: text, optional: true, vi: "Cấu hình trên phần mềm Egov", en: "Configured in Egov" }),
  ],
  header: [
    leaf("STT", "c1"),
    leaf("TTHC, dịch vụ công", "c2"),
    leaf("Theo Quy định của Trung ương, UBND tỉnh", "c3"),
    leaf("Đơn vị chủ động thực hiện", "c4"),
    leaf("Các đơn vị liên thông", "c5"),
    leaf("Số văn bản quy định (quy chế phối hợp) liên thông", "c6"),
    leaf("Cấu hình trên phần mềm Egov", "c7"),
  ],
  rows: { mode: "variable", numberColumn: "c1", minRows: 1 },
  total: {
    label: "Tổng",
    labelSpan: 2,
    aggregations: { c3: "countNonEmpty", c4: "countDistinct", c5: "rowCount", c6: "rowCount", c7: "rowCount" },
    formats: { c3: padded, c4: padded, c5: padded, c6: padded, c7: padded },
  },
  widths: [5, 27, 14, 13, 15, 14, 12],
  scope: "static",
};
