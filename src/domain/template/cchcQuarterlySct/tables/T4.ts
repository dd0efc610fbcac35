import type { TableDef } from "../../types";
import { column, group, integer, leaf, padded } from "./build";

/**
 * T4 — staffing allocated and staff at work (II.3.a, seed L758–L832). The first three cells are composite,
 * "85 (khối văn phòng 57, đơn vị sự nghiệp 28)": a total over its input parts, each printed. As in the seed,
 * composite cells are zero-padded ("06 (văn phòng 03, …)") and the plain counts are not ("3") — §7 D3.
 */
export const T4: TableDef = {
  id: "T4",
  sectionId: "II.3.a",
  title: { vi: "Biên chế, số người làm việc và hợp đồng lao động", en: "Staffing allocated and at work" },
  columns: [
    column({
      key: "c1",
      class: "CALC",
      format: padded,
      parts: [
        { key: "bcVanPhong", label: "khối văn phòng", pad: 2 },
        { key: "bcDvsn", label: "đơn vị sự nghiệp", pad: 2 },
      ],
      vi: "Biên chế",
      en: "Allocated posts",
    }),
    column({
      key: "c2",
      class: "CALC",
      format: padded,
      parts: [
        { key: "hdVanPhong", label: "văn phòng", pad: 2 },
        { key: "hdDvsn", label: "đơn vị sự nghiệp", pad: 2 },
      ],
      vi: "Hợp đồng lao động",
      en: "Allocated labour contracts",
    }),
    column({
      key: "c3",
      class: "CALC",
      format: padded,
      parts: [
        { key: "dvsnBienChe", label: "biên chế", pad: 2 },
        { key: "dvsnHopDong", label: "hợp đồng", pad: 2 },
      ],
      vi: "Số người làm việc và hợp đồng lao động trong các đơn vị sự nghiệp",
      en: "Allocated to public service units",
    }),
    column({ key: "c4", class: "IN", format: integer, vi: "Số người làm việc", en: "Staff at work" }),
    column({ key: "c5", class: "IN", format: integer, vi: "Hợp đồng lao động", en: "Contract workers" }),
    column({
      key: "c6",
      class: "CALC",
      format: integer,
      formula: { op: "sum", of: ["c4", "c5"] },
      vi: "Tổng số người làm việc và hợp đồng",
      en: "Total at work",
    }),
  ],
  header: [
    group(
      "Tổng số biên chế công chức thuộc khối Văn phòng Sở, số lượng người làm việc của các đơn vị sự nghiệp và hợp đồng lao động được giao",
      [group("Phân bổ năm {per:year}", [leaf("Biên chế", "c1"), leaf("Hợp đồng lao động", "c2")]), leaf("Số người làm việc và hợp đồng lao động trong các đơn vị sự nghiệp", "c3")],
    ),
    group("Tổng số người đang làm việc và hợp đồng trong các đơn vị sự nghiệp thuộc Sở", [
      group("Biên chế", [leaf("Số người làm việc", "c4"), leaf("Hợp đồng lao động", "c5")]),
      leaf("Tổng số người làm việc và hợp đồng", "c6"),
    ]),
  ],
  rows: { mode: "fixed", rows: [{ kind: "data", id: "r1" }] },
  widths: [20, 18, 18, 14, 14, 16],
  scope: "static",
};
