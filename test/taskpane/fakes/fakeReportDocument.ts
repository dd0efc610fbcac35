import type { Figures } from "../../../src/domain/figures/schema";
import type { RefreshPlan } from "../../../src/domain/plan";
import type {
  AdoptSummary,
  CorrectionPreview,
  DocumentStatus,
  OutlineEntry,
  ReadinessItem,
  RefreshPreview,
  ReportDocument,
} from "../../../src/taskpane/services/ReportDocument";
import { formatIssue } from "../../../src/domain/issues/formatIssue";
import { issue } from "../../../src/domain/issues/Issue";
import { agencies, paneTemplate } from "../fixtures/paneTemplate";

export const q1Figures: Figures = {
  template: paneTemplate.id,
  agency: "sct-dongnai",
  period: "2021-Q1",
  source: "service:https://solieu.example/api",
  fields: { "II.1.vbqpplDraftsRegistered": 7, "II.2.2.1.onTimeRatePct": 99.36 },
  tables: { T2: { rows: [{ c2: "Công Thương", c3: 2555, c4: 2460, c6: 95 }] } },
};

export const reportStatus: Extract<DocumentStatus, { kind: "report" }> = {
  kind: "report",
  templateId: paneTemplate.id,
  agencyId: "sct-dongnai",
  period: { year: 2021, kind: "Q1" },
  refreshedAt: "2021-03-02T07:05:00Z",
  source: "service:https://solieu.example/api",
};

export const outlineEntries: readonly OutlineEntry[] = [
  { id: "I", number: "I.", title: "Công tác chỉ đạo, điều hành", depth: 0, state: "filled" },
  { id: "II", number: "II.", title: "Kết quả thực hiện", depth: 0, state: "issues" },
  { id: "II.1", number: "1.", title: "Cải cách thể chế", depth: 1, state: "missingFigures" },
  { id: "II.2.2.2.a", number: "a)", title: "Dịch vụ công trực tuyến mức độ 3, 4", depth: 2, state: "filled" },
];

export const emptyPlan: RefreshPlan = { changes: [], conflicts: [], rebuilds: [], issues: [] };

export function preview(plan: Partial<RefreshPlan>, syncs = 1): RefreshPreview {
  return { plan: { ...emptyPlan, ...plan }, syncs };
}

/** The T2 change the pane's tests look for: 2.460 → 2.470 files at level 3 and 4. */
export const t2Preview = preview({
  changes: [
    { tag: "bc:fig:T2.r1.c4", old: "2.460", new: "2.470", occurrences: 1 },
    { tag: "bc:fig:T2.r1.c5", old: "96,3 %", new: "96,7 %", occurrences: 1 },
    { tag: "bc:fig:II.1.vbqpplDraftsRegistered", old: "07", new: "08", occurrences: 2 },
  ],
  conflicts: [{ tag: "bc:fig:II.2.2.1.onTimeRatePct", written: "99,36%", current: "99,4%", new: "99,50%" }],
});

/**
 * What adopt's recogniser raises on a typed report, worded as the product words them (createReportDocument
 * renders each with formatIssue): the pane's tests then assert the product's words, not words of this fake.
 */
export const adoptNotPlaced = formatIssue(
  issue("adopt.figureNotFound", ["sections", "II.6.a"], { words: "số văn bản đi được ký số", title: "Số văn bản đi được ký số" }, "warning"),
  paneTemplate,
);
export const adoptWeak = formatIssue(
  issue("adopt.figureWeak", ["sections", "II.2.2.1"], { text: "99,36%", title: "Tỷ lệ hồ sơ đúng hạn", words: "đúng hạn" }, "warning"),
  paneTemplate,
);

/** A typed Quý I/2021 report as adopt's preview shows it: one weak figure, one place not found. */
export const adoptPreview: AdoptSummary = {
  period: { year: 2021, kind: "Q1" },
  counts: {
    sections: { found: 62, expected: 63 },
    tables: { found: 11, expected: 11 },
    figures: { found: 27, expected: 29 },
    cells: { found: 187, expected: 187 },
    periodPhrases: { found: 21, expected: 23 },
  },
  sections: [
    "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
    "1. Chỉ đạo, điều hành CCHC, kiểm soát TTHC",
  ],
  tables: ["Bảng 1. Kết quả giải quyết hồ sơ TTHC"],
  periodPhrases: ["Quí I năm 2021", "Quí I/2021"],
  notPlaced: [adoptNotPlaced],
  weak: [
    {
      tag: "bc:fig:II.2.2.1.onTimeRatePct",
      message: adoptWeak,
    },
  ],
  applied: false,
  syncs: 1,
};

export type FakeReportDocument = ReportDocument & {
  readonly [K in keyof ReportDocument]: ReportDocument[K] extends (...args: infer A) => infer R
    ? jest.Mock<R, A> & ReportDocument[K]
    : ReportDocument[K];
};

/** A ReportDocument whose every method is a jest mock with a plausible answer; override what a test needs. */
export function fakeReportDocument(overrides: Partial<ReportDocument> = {}): FakeReportDocument {
  const doc = {
    template: paneTemplate,
    agencies,
    status: jest.fn(async () => reportStatus),
    insertTemplate: jest.fn(async () => undefined),
    currentFigures: jest.fn(async () => q1Figures),
    previewRefresh: jest.fn(async () => t2Preview),
    applyRefresh: jest.fn(async () => preview({ changes: t2Preview.plan.changes }, 2)),
    rollForward: jest.fn(async () => ({ changes: 42, syncs: 3 })),
    outline: jest.fn(async () => outlineEntries),
    readiness: jest.fn(async (): Promise<readonly ReadinessItem[]> => []),
    selectTag: jest.fn(async () => true),
    selectFinding: jest.fn(async () => true),
    selectedFigure: jest.fn(async (): Promise<string | undefined> => undefined),
    previewCorrection: jest.fn(async (): Promise<CorrectionPreview> => ({ kind: "ready", current: "95", preview: preview({}) })),
    applyCorrection: jest.fn(async () => preview({}, 2)),
    correctedFigures: jest.fn((figures: Figures) => figures),
    previewAdopt: jest.fn(async () => adoptPreview),
    adopt: jest.fn(async () => ({ ...adoptPreview, applied: true, syncs: 2 })),
  };
  const merged = { ...doc };
  for (const [key, value] of Object.entries(overrides)) {
    (merged as Record<string, unknown>)[key] =
      typeof value === "function" ? jest.fn(value as (...args: unknown[]) => unknown) : value;
  }
  return merged as unknown as FakeReportDocument;
}
