import type { StaleFinding } from "../../domain/checks/stalePeriod";
import type { Figures } from "../../domain/figures/schema";
import type { Issue } from "../../domain/issues/Issue";
import type { OutlineEntry } from "../../domain/outline";
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

export type { OutlineEntry, SectionState } from "../../domain/outline";

export type ReadinessItem = {
  readonly issue: Issue;
  /** The tag to select in the document, when the item has a place there. */
  readonly tag?: string;
  /** A stale phrase found in prose, selectable too. */
  readonly finding?: StaleFinding;
};

/**
 * The result of asking what a refresh would do, or of doing it. Figures that cannot be used (an unknown agency,
 * a bad period) or a correction the document refuses give an empty plan, no sync, and issues that say why; the
 * pane names tags and sections itself, in its language (`describeTag`, `sectionOfTag`).
 */
export type RefreshPreview = {
  readonly plan: RefreshPlan;
  readonly syncs: number;
};

/** Rolling forward: the changes written, or why nothing was (another template, no agency profile). */
export type RollOutcome = {
  readonly changes: number;
  readonly syncs: number;
  readonly refused?: Issue;
  /** Every document problem that stopped the roll (a control deleted or duplicated), when that was why. */
  readonly problems?: readonly Issue[];
};

/** What correcting one figure would do: why the typed value cannot be taken, or what else it changes. */
export type CorrectionPreview =
  | { readonly kind: "invalid"; readonly issue: Issue }
  | {
      readonly kind: "ready";
      /** What the figure shows now. */
      readonly current: string;
      /** The figure itself, then every computed figure that follows it. */
      readonly preview: RefreshPreview;
    };

/** What adopt is asked to read: the agency the report is of, and its period unless the title names it. */
export type AdoptRequest = { readonly agency: AgencyProfile; readonly period?: Period };

export type AdoptPart = "sections" | "tables" | "figures" | "cells" | "periodPhrases";

/** A figure whose sentence was reworded: wrapped only when the clerk confirms it. */
export type AdoptWeakFigure = {
  /** Its key, for the confirmation; never shown. */
  readonly tag: string;
  /** What the clerk reads: the place, the value found and the template's words around it. */
  readonly message: string;
};

/** What adopt recognised in a report the add-in did not make, in the clerk's words. */
export type AdoptSummary = {
  /** The period read: the one asked for, or the one the title names. */
  readonly period?: Period;
  readonly counts: Readonly<Record<AdoptPart, { readonly found: number; readonly expected: number }>>;
  /** Recognised, as the report names them ("II.6.a) Ứng dụng CNTT …", "Bảng 2. …", "Quí I năm 2021"). */
  readonly sections: readonly string[];
  readonly tables: readonly string[];
  readonly periodPhrases: readonly string[];
  /** Not placed, each with its place and reason; left alone. */
  readonly notPlaced: readonly string[];
  readonly weak: readonly AdoptWeakFigure[];
  /** Why nothing can be wrapped (not this template's report, no period, already managed), in one line. */
  readonly refused?: { readonly noPeriod: boolean; readonly message: string };
  readonly applied: boolean;
  readonly syncs: number;
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
  rollForward(next: Period): Promise<RollOutcome>;
  outline(): Promise<readonly OutlineEntry[]>;
  readiness(): Promise<readonly ReadinessItem[]>;
  selectTag(tag: string): Promise<boolean>;
  selectFinding(finding: StaleFinding): Promise<boolean>;
  /** The figure control the clerk has selected in the document (its tag), if the selection is in one. */
  selectedFigure(): Promise<string | undefined>;
  /** Reads the value typed for one figure and, if it is one, what applying it would change (one sync). */
  previewCorrection(tag: string, text: string): Promise<CorrectionPreview>;
  /** Keeps the value in the document as an override, with what follows from it (at most two syncs). */
  applyCorrection(tag: string, text: string): Promise<RefreshPreview>;
  /** The figures with one figure corrected: what a key that may write sends to the figures service. */
  correctedFigures(figures: Figures, tag: string, text: string): Figures;
  /** Adopt's preview: what it recognises, nothing written (one sync). */
  previewAdopt(request: AdoptRequest): Promise<AdoptSummary>;
  /** Adopt: recognises again and wraps, with the weak figures the clerk confirmed, in one `Word.run`. */
  adopt(request: AdoptRequest & { readonly confirmed: ReadonlySet<string> }): Promise<AdoptSummary>;
};
