import type { TableDef } from "../../types";
import { column, enumOf, leaf, text } from "./build";

/**
 * T11 — quality of the unit's website (II.6.b, seed L1410–L1418): three assessments, each one of two words.
 * The seed shows only the positive ones; the negatives are the plain "Chưa …" forms (to confirm with users).
 */
export const T11: TableDef = {
  id: "T11",
  sectionId: "II.6.b",
  title: { vi: "Chất lượng trang thông tin điện tử", en: "Quality of the website" },
  columns: [
    column({ key: "c1", class: "LBL", format: text, vi: "STT", en: "No." }),
    column({ key: "c2", class: "LBL", format: text, vi: "Nội dung", en: "Item" }),
    column({ key: "c3", class: "ENUM", format: enumOf("Kịp thời", "Chưa kịp thời"), vi: "Thông tin kịp thời", en: "Timely" }),
    column({ key: "c4", class: "ENUM", format: enumOf("Đầy đủ", "Chưa đầy đủ"), vi: "Đầy đủ thông tin", en: "Complete" }),
    column({
      key: "c5",
      class: "ENUM",
      format: enumOf("Thuận tiện", "Chưa thuận tiện"),
      vi: "Thuận tiện truy cập, khai thác thông tin",
      en: "Easy to use",
    }),
  ],
  header: [
    leaf("STT", "c1"),
    leaf("Nội dung", "c2"),
    leaf("Thông tin kịp thời", "c3"),
    leaf("Đầy đủ thông tin", "c4"),
    leaf("Thuận tiện truy cập, khai thác thông tin", "c5"),
  ],
  rows: { mode: "fixed", rows: [{ kind: "data", id: "r1", label: { c2: "Chất lượng trang thông tin điện tử", c1: "1" } }] },
  widths: [6, 28, 20, 20, 26],
  scope: "static",
};
