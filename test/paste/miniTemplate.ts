import { parseInline } from "../../src/domain/template/markup";
import type { ColumnDef, HeaderCell, Template } from "../../src/domain/template/types";

/**
 * A small template of our own, shaped like the shipped one's T2, T6, T7 and T9 (template-spec §3), for testing
 * the paste reader without depending on the shipped template's data.
 */
const text = (s: string) => parseInline(s);
const leaf = (label: string, column: string): HeaderCell => ({ label: text(label), column });
const group = (label: string, children: readonly HeaderCell[]): HeaderCell => ({ label: text(label), children });
const col = (key: string, cls: ColumnDef["class"], label: string, format: ColumnDef["format"], extra: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  class: cls,
  format,
  label: { vi: label, en: label },
  ...extra,
});
const int = { kind: "integer" } as const;
const pct1 = { kind: "percent", decimals: 1, space: true } as const;
const txt = { kind: "text" } as const;

const TRAINING = [
  "Thạc sỹ trở lên",
  "Cử nhân chính trị (bao gồm cao cấp)",
  "Trung cấp (bao gồm trung cấp chính trị)",
  "Lớp bồi dưỡng, tập huấn từ 05 ngày trở lên",
  "Bồi dưỡng, tập huấn nghiệp vụ về cải cách hành chính",
];

const progressive = (keys: readonly string[]) => keys.map((k, i) => col(k, "IN", ["Năm trước", "Quí I", "06 tháng", "09 tháng", "Năm"][i] ?? k, int, { optional: true }));

export const miniTemplate: Template = {
  id: "mini",
  version: "0",
  title: { vi: "Mẫu thử", en: "Test template" },
  houseStyle: { quarterWord: "Quí", padMonths: true, percentSpace: false },
  summaryPrefix: "",
  sections: [],
  periodSlots: {},
  closing: [],
  decisions: [],
  fields: {
    "II.1.vbqpplDraftsRegistered": { key: "II.1.vbqpplDraftsRegistered", label: { vi: "Số văn bản QPPL đăng ký chủ trì soạn thảo", en: "Drafts" }, type: "integer", scope: "period", pad: 2 },
    "II.2.2.1.onTimeRatePct": { key: "II.2.2.1.onTimeRatePct", label: { vi: "Tỷ lệ hồ sơ đúng và trước hạn", en: "On time" }, type: "percent", scope: "period", decimals: 2 },
    "II.6.c.egovOnlineProcs": { key: "II.6.c.egovOnlineProcs", label: { vi: "Số TTHC trên phần mềm Egov", en: "Egov" }, type: "ratio", scope: "period" },
    "II.6.c.egovOnlinePct": { key: "II.6.c.egovOnlinePct", label: { vi: "Tỷ lệ TTHC trên phần mềm Egov", en: "Egov %" }, type: "percent", scope: "period", computed: { op: "ratioPct", of: "II.6.c.egovOnlineProcs" } },
    "II.2.1.b.simplifiedProcCount": { key: "II.2.1.b.simplifiedProcCount", label: { vi: "Số TTHC được đơn giản hóa", en: "Simplified" }, type: "integer", scope: "period" },
    "II.2.3.nationalPortalProcCount": { key: "II.2.3.nationalPortalProcCount", label: { vi: "Số TTHC được đơn giản hóa", en: "Portal" }, type: "integer", scope: "period" },
    "period.asOfDate": { key: "period.asOfDate", label: { vi: "Ngày chốt số liệu", en: "As of" }, type: "date", scope: "period" },
  },
  tables: {
    T2: {
      id: "T2",
      sectionId: "II.2.2.2.a",
      title: { vi: "Dịch vụ công trực tuyến mức độ 3, 4", en: "Online services" },
      columns: [
        col("c1", "LBL", "STT", int),
        col("c2", "TXT", "Tên thủ tục hành chính, dịch vụ công", txt),
        col("c3", "IN", "Tổng số hồ sơ đã tiếp nhận", int),
        col("c4", "IN", "Số hồ sơ thực hiện mức độ 3 và 4", int),
        col("c5", "CALC", "Tỷ lệ (%)", pct1, { formula: { op: "pct", num: "c4", den: "c3" } }),
        col("c6", "IN", "Tổng số hồ sơ", int),
        col("c7", "CALC", "Tỷ lệ (%)", pct1, { formula: { op: "pct", num: "c6", den: "c3" } }),
      ],
      header: [
        leaf("STT", "c1"),
        leaf("Tên thủ tục hành chính, dịch vụ công", "c2"),
        leaf("Tổng số hồ sơ đã tiếp nhận", "c3"),
        group("Dịch vụ công mức độ 3 và mức độ 4", [leaf("Số hồ sơ thực hiện mức độ 3 và 4", "c4"), leaf("Tỷ lệ (%)", "c5")]),
        group("Hồ sơ nộp trực tiếp", [leaf("Tổng số hồ sơ", "c6"), leaf("Tỷ lệ (%)", "c7")]),
      ],
      rows: { mode: "variable", numberColumn: "c1", minRows: 1 },
      total: { label: "Tổng số", labelSpan: 2, aggregations: { c3: "sum", c4: "sum", c5: "recompute", c6: "sum", c7: "recompute" } },
    },
    T6: {
      id: "T6",
      sectionId: "II.4.a",
      title: { vi: "Quản lý cán bộ, công chức, viên chức", en: "Staff management" },
      columns: [col("c1", "LBL", "Nội dung", txt), ...progressive(["c2", "c3", "c4", "c5", "c6"])],
      header: [
        leaf("Nội dung", "c1"),
        leaf("Năm trước", "c2"),
        group("Năm ({per:quarterWord}) báo cáo", [leaf("Quí I", "c3"), leaf("06 tháng", "c4"), leaf("09 tháng", "c5"), leaf("Năm", "c6")]),
      ],
      rows: {
        mode: "fixed",
        rows: [
          { kind: "group", id: "g1", label: "Đối với Trưởng phòng, Phó Trưởng phòng thuộc cấp Sở" },
          { kind: "data", id: "r1", label: { c1: "Bổ nhiệm mới" } },
          { kind: "data", id: "r2", label: { c1: "Bổ nhiệm lại" } },
          { kind: "data", id: "r3", label: { c1: "Luân chuyển" } },
          { kind: "data", id: "r4", label: { c1: "Miễn nhiệm" } },
          { kind: "data", id: "r5", label: { c1: "Kỷ luật" } },
          { kind: "group", id: "g2", label: "Số lượng công chức, viên chức được tuyển dụng" },
          { kind: "data", id: "r6", label: { c1: "Công chức" } },
          { kind: "data", id: "r7", label: { c1: "Viên chức" } },
        ],
      },
    },
    T7: {
      id: "T7",
      sectionId: "II.4.b",
      title: { vi: "Đào tạo, bồi dưỡng", en: "Training" },
      columns: [col("c1", "LBL", "Nội dung", txt), ...progressive(["c2", "c3", "c4", "c5", "c6"])],
      header: [
        leaf("Nội dung", "c1"),
        leaf("Năm trước", "c2"),
        group("Năm báo cáo", [leaf("Quí I", "c3"), leaf("6 tháng", "c4"), leaf("9 tháng", "c5"), leaf("Năm", "c6")]),
      ],
      rows: {
        mode: "fixed",
        rows: ["1. Số công chức hành chính được đào tạo", "2. Viên chức sự nghiệp được đào tạo"].flatMap((g, i) => [
          { kind: "group" as const, id: `g${i + 1}`, label: g },
          ...TRAINING.map((label, k) => ({ kind: "data" as const, id: `r${i * 5 + k + 1}`, label: { c1: label } })),
        ]),
      },
    },
    T9: {
      id: "T9",
      sectionId: "II.6.a",
      title: { vi: "Phần mềm quản lý văn bản", en: "Document software" },
      columns: [
        col("c1", "LBL", "STT", int),
        col("c2", "TXT", "Cơ quan đơn vị", txt),
        col("c3", "CALC", "Tổng", int, { formula: { op: "sum", of: ["c4", "c5"] } }),
        col("c4", "IN", "Gửi", int),
        col("c5", "IN", "Nhận", int),
        col("c6", "CALC", "Tổng", int, { formula: { op: "sum", of: ["c7", "c8"] } }),
        col("c7", "IN", "Gửi", int),
        col("c8", "IN", "Nhận", int),
        col("c9", "CALC", "Tỷ lệ văn bản điện tử/tổng số văn bản", { kind: "percent", decimals: 0 }, { formula: { op: "pct", num: "c6", den: "c3" } }),
        col("c10", "IN", "Tổng số CCVC", int),
        col("c11", "IN", "Số CCVC sử dụng", int),
        col("c12", "CALC", "Tỷ lệ", { kind: "percent", decimals: 0, sign: false }, { formula: { op: "pct", num: "c11", den: "c10" } }),
        col("c13", "TXT", "Ghi chú", txt, { optional: true }),
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
        aggregations: { c3: "sum", c4: "sum", c5: "sum", c6: "sum", c7: "sum", c8: "sum", c9: "recompute", c10: "sum", c11: "sum", c12: "recompute", c13: "none" },
      },
    },
  },
};
