import type { Figures } from "../../domain/figures/schema";

/** Where the pane loads figures from: the figures service (through `src/api`), or nothing yet. */
export type FiguresSource = {
  /**
   * Loads the figures of one agency and period. Rejects with the API client's typed errors (unauthorized,
   * not found, timeout, network, invalid answer), each carrying a Vietnamese message; aborts with `signal`.
   */
  fetchFigures(args: {
    readonly templateId: string;
    readonly agencyId: string;
    readonly period: string;
    readonly signal: AbortSignal;
    readonly onProgress?: (loadedBytes: number) => void;
  }): Promise<Figures>;
  /**
   * Writes a change to the figures the service holds: reads them with their version, applies `change`, and
   * writes them back over that version (If-Match), so that the service's history records who changed what.
   * A key that may only read answers `readOnly` and nothing is written; other failures reject as above.
   */
  saveFigures?(args: {
    readonly templateId: string;
    readonly agencyId: string;
    readonly period: string;
    readonly change: (figures: Figures) => Figures;
    readonly signal?: AbortSignal;
  }): Promise<SaveOutcome>;
};

/** What became of a write to the figures service: the figures now held, or a key that may only read. */
export type SaveOutcome = { readonly kind: "written"; readonly figures: Figures } | { readonly kind: "readOnly" };

/** The service settings a clerk enters once; remembered per user (localStorage / roaming settings). */
export type ServiceSettings = { readonly baseUrl: string; readonly apiKey: string };
