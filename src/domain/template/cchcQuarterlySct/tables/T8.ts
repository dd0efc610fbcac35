import type { TableDef } from "../../types";
import { column, group, integer, leaf } from "./build";

/**
 * T8 — financial autonomy under ND 130/2005 and ND 16/2015 (II.5.a, seed L1138–L1192): one row of counts,
 * each "done" bounded by its total. The seed's own row breaks two rules (§7 A3, A4); the checks say so.
 */
export const T8: TableDef = {
  id: "T8",
  sectionId: "II.5.a",
  title: { vi: "Thực hiện cơ chế tự chủ", en: "Financial autonomy" },
  columns: [
    column({ key: "c1", class: "IN", format: integer, vi: "Tổng số cơ quan/đơn vị trực thuộc", en: "Attached bodies (ND 130)" }),
    column({ key: "c2", class: "IN", format: integer, vi: "Đã thực hiện", en: "Done (ND 130)" }),
    column({ key: "c3", class: "IN", format: integer, vi: "Tổng số đơn vị sự nghiệp công lập", en: "Public service units" }),
    column({ key: "c4", class: "IN", format: integer, vi: "Đã thực hiện", en: "Done (ND 16)" }),
    column({
      key: "c5",
      class: "IN",
      format: integer,
      vi: "Tổng số đơn vị sự nghiệp đủ điều kiện vận dụng cơ chế tài chính như doanh nghiệp",
      en: "Units eligible for the enterprise mechanism",
    }),
    column({
      key: "c6",
      class: "IN",
      format: integer,
      vi: "Số đơn vị sự nghiệp được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp",
      en: "Units with an approved enterprise-mechanism scheme",
    }),
  ],
  header: [
    group("Thực hiện Nghị định số 130/2005/NĐ-CP", [leaf("Tổng số cơ quan/đơn vị trực thuộc", "c1"), leaf("Đã thực hiện", "c2")]),
    group("Thực hiện Nghị định số 16/2015/NĐ-CP", [
      leaf("Tổng số đơn vị sự nghiệp công lập", "c3"),
      leaf("Đã thực hiện", "c4"),
      leaf("Tổng số đơn vị sự nghiệp đủ điều kiện vận dụng cơ chế tài chính như doanh nghiệp", "c5"),
      leaf("Số đơn vị sự nghiệp được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp", "c6"),
    ]),
  ],
  rows: { mode: "fixed", rows: [{ kind: "data", id: "r1" }] },
  widths: [15, 12, 15, 12, 23, 23],
  scope: "static",
};
