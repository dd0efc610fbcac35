import { createContext, useContext } from "react";
import type { Figures } from "../../domain/figures/schema";
import type { Period } from "../../domain/period";
import type { DocumentStatus } from "../services/ReportDocument";
import type { AsyncValue } from "../shared/useAsyncValue";

export type PanelId = "status" | "dataSource" | "review" | "outline" | "checks" | "correct" | "rollForward" | "compat";

/** Figures loaded or pasted, waiting for the clerk's review before they are written. */
export type PendingFigures = {
  readonly figures: Figures;
  readonly origin: "service" | "paste" | "workbook";
  /** Where they came from, kept as data and worded when shown (in the language shown then). */
  readonly source: FiguresSourceLabel;
};

/** Where figures came from: the service (when they were loaded), a paste, the clerk's own file. */
export type FiguresSourceLabel =
  | { readonly kind: "service"; readonly at: string }
  | { readonly kind: "paste" }
  | { readonly kind: "file"; readonly name: string };

/** Whose figures and which period the pane works on: the open report's, or what the insert form chose. */
export type Target = { readonly agencyId: string; readonly period: Period };

/** What the clerk pasted, kept while the data panel is closed. */
export type PasteDraft = { readonly text: string; readonly table: string | undefined };

/** What the panels share: the document's status, its revision, the figures under review, the open panel. */
export type PaneSession = {
  readonly status: AsyncValue<DocumentStatus> & { readonly reload: () => void };
  /** Grows each time the pane changed the document: panels that show the document read it again. */
  readonly revision: number;
  readonly documentChanged: () => void;
  readonly pending: PendingFigures | undefined;
  readonly setPending: (pending: PendingFigures | undefined) => void;
  readonly target: Target | undefined;
  readonly setDraftTarget: (target: Target | undefined) => void;
  readonly pasteDraft: PasteDraft;
  readonly setPasteDraft: (draft: PasteDraft) => void;
  readonly openPanel: (id: PanelId) => void;
  /** The figure (its control's tag) the clerk chose to correct, from a finding, the review or the selection. */
  readonly correcting: string | undefined;
  /** Opens the correction of one figure (undefined: none). */
  readonly correct: (tag: string | undefined) => void;
};

export const PaneSessionContext = createContext<PaneSession | undefined>(undefined);

export function usePaneSession(): PaneSession {
  const session = useContext(PaneSessionContext);
  if (!session) throw new Error("usePaneSession() needs the pane's <PaneSessionContext.Provider> above it");
  return session;
}
