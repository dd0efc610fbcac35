import type { FieldDef, FieldKey } from "../types";

type Spec = Omit<FieldDef, "key" | "label"> & { readonly vi: string; readonly en: string };

/** Keys are template-spec §4's (`prose-fields.json`); the label pairs name the figure in messages. */
const define = (specs: Readonly<Record<FieldKey, Spec>>): Readonly<Record<FieldKey, FieldDef>> =>
  Object.fromEntries(
    Object.entries(specs).map(([key, { vi, en, ...rest }]) => [key, { key, label: { vi, en }, ...rest }]),
  );

/**
 * The figures in the report's prose (template-spec §4) that are numbers, percents, ratios, counts stated in
 * words, or years and dates that are not period slots. Scopes follow §5.2/§8: what the period measures is
 * refreshed ("period"), the I.1 targets are "target", standing facts "static", past events "historical".
 * Prose counts are zero-padded ("07", "01"); percents carry their seed precision (99,36% two places).
 */
export const fields: Readonly<Record<FieldKey, FieldDef>> = define({
  // I.1 — targets of the provincial plan and the standing digital-signature figures (repeated in III.1).
  "I.1.staffCutRoadmapRange": { type: "text", scope: "static", vi: "Giai đoạn lộ trình tinh giản biên chế", en: "Downsizing roadmap years" },
  "I.1.target.budgetCutPerYearPct": {
    type: "percent",
    scope: "target",
    decimals: 1,
    vi: "Mục tiêu giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp mỗi năm",
    en: "Target yearly cut of direct budget spending on public service units",
  },
  "I.1.target.ktktNormsPct": {
    type: "percent",
    scope: "target",
    decimals: 0,
    vi: "Mục tiêu tỷ lệ lĩnh vực ban hành định mức kinh tế kỹ thuật",
    en: "Target share of fields with technical-economic norms",
  },
  "I.1.target.recurrentCostCutPct": {
    type: "percent",
    scope: "target",
    decimals: 0,
    vi: "Mục tiêu cắt giảm chi thường xuyên",
    en: "Target cut of recurrent spending",
  },
  "I.1.leadersUsingDigitalCertPct": {
    type: "percent",
    scope: "static",
    decimals: 0,
    vi: "Tỷ lệ lãnh đạo Sở, cán bộ chủ chốt sử dụng chứng thư số",
    en: "Leaders using a digital certificate",
  },
  "I.1.outgoingDocsDigitallySignedPct": {
    type: "percent",
    scope: "static",
    decimals: 0,
    vi: "Tỷ lệ văn bản đi được ký số",
    en: "Outgoing documents digitally signed",
  },
  // II.1 — legal documents.
  "II.1.vbqpplDraftsRegistered": {
    type: "integer",
    scope: "static",
    pad: 2,
    vi: "Số văn bản QPPL đăng ký chủ trì soạn thảo",
    en: "Legal drafts registered",
  },
  "II.1.programRange": { type: "text", scope: "static", vi: "Giai đoạn chương trình (II.1)", en: "Programme years (II.1)" },
  // II.2 — administrative procedures and the one-stop shop.
  "II.2.1.a.procSetDecisionsCount": {
    type: "integer",
    scope: "period",
    pad: 2,
    vi: "Số Quyết định công bố Bộ TTHC trong kỳ",
    en: "Decisions publishing procedure sets",
  },
  "II.2.1.b.simplifiedProcCount": {
    type: "integer",
    scope: "static",
    pad: 2,
    vi: "Số TTHC ngành công thương được đơn giản hóa",
    en: "Procedures simplified",
  },
  "II.2.2.1.historyYear": { type: "year", scope: "historical", vi: "Năm kiện toàn nhân sự bộ phận một cửa", en: "Year the one-stop staff was reorganised" },
  "II.2.2.1.oneStopStaffMain": { type: "integer", scope: "static", pad: 2, vi: "Số nhân sự chính bộ phận một cửa", en: "One-stop staff" },
  "II.2.2.1.oneStopStaffBackup": {
    type: "integer",
    scope: "static",
    pad: 2,
    vi: "Số nhân sự dự phòng bộ phận một cửa",
    en: "One-stop backup staff",
  },
  "II.2.2.1.onTimeRatePct": {
    type: "percent",
    scope: "period",
    decimals: 2,
    vi: "Tỷ lệ hồ sơ giải quyết đúng và trước hạn",
    en: "Files resolved on time",
  },
  "II.2.2.2.c.lateFilesCount": { type: "integer", scope: "period", pad: 2, vi: "Số hồ sơ giải quyết trễ hạn", en: "Files resolved late" },
  "II.2.3.nationalPortalProcCount": {
    type: "integer",
    scope: "period",
    pad: 2,
    vi: "Số thủ tục tiếp nhận trên Cổng dịch vụ công Quốc gia",
    en: "Procedures on the national portal",
  },
  "II.2.3.level4OnlinePct": {
    type: "percent",
    scope: "period",
    decimals: 0,
    vi: "Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 4",
    en: "Files resolved online at level 4",
  },
  "II.2.4.feedbackCount": {
    type: "integer",
    scope: "period",
    pad: 2,
    vi: "Số phản ánh, kiến nghị về TTHC nhận được",
    en: "Feedback received on procedures",
    phrase: {
      zero: "chưa nhận được ý kiến của cá nhân, tổ chức nào",
      other: "đã nhận được {n} ý kiến của cá nhân, tổ chức",
    },
  },
  // II.3–II.4 — apparatus, workforce.
  "II.3.a.workRuleViolations": {
    type: "integer",
    scope: "period",
    pad: 2,
    vi: "Số người vi phạm Quy chế làm việc",
    en: "Breaches of the work rules",
    phrase: {
      zero: "không có cán bộ, công chức, viên chức, người lao động nào vi phạm",
      other: "có {n} cán bộ, công chức, viên chức, người lao động vi phạm",
    },
  },
  "II.4.b.trainingPlanYear": { type: "year", scope: "historical", vi: "Năm của Kế hoạch đào tạo 5068/KH-UBND", en: "Year of training plan 5068/KH-UBND" },
  "II.4.b.provinceTrainingRange": { type: "text", scope: "static", vi: "Giai đoạn kế hoạch đào tạo của tỉnh", en: "Province training plan years" },
  // II.6 — modernisation.
  "II.6.staffTrainedOnDocSoftwarePct": {
    type: "percent",
    scope: "static",
    decimals: 0,
    vi: "Tỷ lệ CBCCVC được tập huấn phần mềm quản lý văn bản",
    en: "Staff trained on the document software",
  },
  "II.6.a.pcCoveragePct": { type: "percent", scope: "static", decimals: 0, vi: "Tỷ lệ CBCCVC được trang bị máy tính", en: "Staff with a computer" },
  "II.6.a.lanCoveragePct": { type: "percent", scope: "static", decimals: 0, vi: "Tỷ lệ phòng, đơn vị có mạng nội bộ", en: "Units on the LAN" },
  "II.6.a.eSignatureSince": { type: "date", scope: "historical", vi: "Ngày bắt đầu áp dụng chữ ký số", en: "Digital signatures used since" },
  "II.6.a.signedOutgoingDocs": { type: "integer", scope: "period", pad: 2, vi: "Số văn bản đi được ký số", en: "Outgoing documents signed" },
  "II.6.a.signedOutgoingPct": { type: "percent", scope: "period", decimals: 0, vi: "Hiệu quả áp dụng chữ ký số", en: "Digital-signature rate" },
  "II.6.c.egovOnlineProcs": {
    type: "ratio",
    scope: "period",
    vi: "Số TTHC tiếp nhận qua mạng trên phần mềm Egov / tổng số TTHC",
    en: "Procedures received online in Egov / all procedures",
  },
  "II.6.c.egovOnlinePct": {
    type: "percent",
    scope: "period",
    decimals: 0,
    computed: { op: "ratioPct", of: "II.6.c.egovOnlineProcs" },
    vi: "Tỷ lệ TTHC tiếp nhận qua mạng trên phần mềm Egov",
    en: "Procedures received online in Egov (%)",
  },
  "II.6.c.procReductionVsPrevYear": {
    type: "integer",
    scope: "period",
    pad: 2,
    vi: "Số TTHC giảm so với năm trước",
    en: "Procedures fewer than last year",
  },
});
