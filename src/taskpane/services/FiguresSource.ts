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
};

/** The service settings a clerk enters once; remembered per user (localStorage / roaming settings). */
export type ServiceSettings = { readonly baseUrl: string; readonly apiKey: string };
