import type { Figures } from "../figures/schema";
import type { Overrides } from "../overrides/Override";

/**
 * What a report document knows about itself (DESIGN.md, "Document metadata"), so that next quarter's copy
 * knows what it is and a hand edit can be told from the add-in's own writing.
 */
export type ReportMetadata = {
  readonly schema: 1;
  readonly templateId: string;
  readonly templateVersion: string;
  readonly agencyId: string;
  /** "2021-Q1" */
  readonly period: string;
  readonly dataWindow?: { readonly from: string; readonly to: string };
  readonly asOfDate?: string;
  /** Where the figures came from: "service:https://…", "paste", "file:figures.json". */
  readonly source?: string;
  /** ISO timestamp of the last insert or refresh; the clock is the caller's. */
  readonly refreshedAt?: string;
  /** For every figure, table cell, period and header tag: the text the add-in last wrote. */
  readonly written: Readonly<Record<string, string>>;
  /**
   * The figures the document was last filled with: rolling forward keeps what accumulates (T6/T7's earlier
   * columns, last year's values) and what is static, which the document's text alone cannot give back exactly.
   */
  readonly figures?: Figures;
  /**
   * Hand edits the clerk kept through a refresh, by tag: the figure this document prints instead of the one in
   * `figures`, beside the value it replaced and when. What is computed from them follows them.
   */
  readonly overrides?: Overrides;
};

export const METADATA_NAMESPACE = "urn:baocao:report:1";
