import type { StaleFinding } from "../../domain/checks/stalePeriod";
import type { Figures } from "../../domain/figures/schema";
import type { Issue } from "../../domain/issues/Issue";
import type { Period } from "../../domain/period";
import type { RefreshPlan } from "../../domain/plan";
import type { AgencyProfile, Template } from "../../domain/template/types";

/** What the pane shows about the open document (from its metadata). */
export type DocumentStatus =
  | { readonly kind: "blank" }
  /** Text, but no baocao metadata: last quarter's report typed by hand, or another document. */
  | { readonly kind: "foreign" }
  | {
      readonly kind: "report";
      readonly templateId: string;
      readonly agencyId: string;
      readonly period: Period;
      readonly refreshedAt?: string;
      readonly source?: string;
      /** Set on WordApi 1.3 hosts: what the metadata fallback cannot protect. */
      readonly limitation?: string;
    };

export type SectionState = "filled" | "missingFigures" | "issues" | "missingControl";

export type OutlineEntry = {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly depth: number;
  readonly state: SectionState;
};

export type ReadinessItem = {
  readonly issue: Issue;
  /** The tag to select in the document, when the item has a place there. */
  readonly tag?: string;
  /** A stale phrase found in prose, selectable too. */
  readonly finding?: StaleFinding;
};

/** The result of asking what a refresh would do, or of doing it. */
export type RefreshPreview = {
  readonly plan: RefreshPlan;
  readonly syncs: number;
  /** The section each changed or conflicting tag belongs to, for grouping. */
  readonly sectionOf: ReadonlyMap<string, string>;
  /** Labels of tags for people ("Tỷ lệ hồ sơ đúng hạn", "Bảng T2, dòng 1, cột …"). */
  readonly labelOf: ReadonlyMap<string, string>;
};

/**
 * Everything the task pane may ask of the open document. Inside Word it runs the `src/word` operations with
 * `Word.run`; in the playground and in tests the same operations run on the headless Word. Components get it
 * through `useReportDocument()` and never touch Office.js.
 */
export type ReportDocument = {
  readonly template: Template;
  readonly agencies: readonly AgencyProfile[];
  status(): Promise<DocumentStatus>;
  insertTemplate(args: {
    readonly agency: AgencyProfile;
    readonly period: Period;
    readonly figures?: Figures;
  }): Promise<void>;
  /** The figures the document was last filled with (from its metadata), as a base for pasted data. */
  currentFigures(): Promise<Figures | undefined>;
  previewRefresh(figures: Figures): Promise<RefreshPreview>;
  /** Applies the refresh; hand-edited tags are kept unless listed in `overwrite`. */
  applyRefresh(figures: Figures, overwrite: ReadonlySet<string>): Promise<RefreshPreview>;
  rollForward(next: Period): Promise<{ readonly changes: number; readonly syncs: number }>;
  outline(): Promise<readonly OutlineEntry[]>;
  readiness(): Promise<readonly ReadinessItem[]>;
  selectTag(tag: string): Promise<boolean>;
  selectFinding(finding: StaleFinding): Promise<boolean>;
};
