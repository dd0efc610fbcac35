import type { Agency, HistoryEntry, ImportResult, PeriodEntry } from "./contract";
import type { Figures } from "../domain/figures/schema";
import type { Lang } from "./errors/Lang";

/** Which figures: the address of one record on the service. */
export type FiguresRef = { readonly template: string; readonly agency: string; readonly period: string };

export type RequestOptions = {
  /** Aborts the request, and any wait between retries (CancelledError). */
  readonly signal?: AbortSignal;
  /** Bytes of the answer received so far, for a progress bar. */
  readonly onProgress?: (loadedBytes: number) => void;
};

/** Figures as read or written, with the ETag to send back as If-Match on the next write. */
export type FiguresWithEtag = { readonly figures: Figures; readonly etag: string };

export type ImportRequest = {
  readonly text: string;
  /** `csv`: key/value lines of figures in prose; `tsv`: one table, named by `table`. */
  readonly format: "csv" | "tsv";
  readonly table?: string;
  /** Validate and list the changes only; nothing is written. */
  readonly dryRun?: boolean;
  /** The ETag the clerk's preview was made from; without it the service merges into what it has. */
  readonly etag?: string;
};

export type ImportAnswer = ImportResult & { readonly etag: string | undefined };

export type FiguresClientOptions = {
  /** The service ("http://127.0.0.1:3001") or its /api behind the add-in's proxy ("/api"). */
  readonly baseUrl: string;
  readonly apiKey: string;
  /** The deadline of each attempt, whole answer included. Default 15 s. */
  readonly timeoutMs?: number;
  /** Retries of idempotent requests on network errors and 5xx. Default 2. */
  readonly retries?: number;
  /** First backoff delay; doubles each retry, capped by maxRetryDelayMs. Defaults 300 ms, 5 s. */
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
  /** The language of error messages. Default "vi". */
  readonly lang?: Lang;
};

/**
 * The figures service, as the add-in and the CLI use it. Every answer is checked against the contract
 * (figures by FiguresSchema); every failure is one of the typed errors of `src/api/errors`.
 */
export type FiguresClient = {
  getFigures(ref: FiguresRef, options?: RequestOptions): Promise<FiguresWithEtag>;
  /** Creates the record when `etag` is undefined; otherwise writes over the version it names. */
  putFigures(figures: Figures, etag: string | undefined, options?: RequestOptions): Promise<FiguresWithEtag>;
  listAgencies(options?: RequestOptions): Promise<readonly Agency[]>;
  listPeriods(agency: string, options?: RequestOptions): Promise<readonly PeriodEntry[]>;
  importData(ref: FiguresRef, request: ImportRequest, options?: RequestOptions): Promise<ImportAnswer>;
  /** Oldest first; `key` picks one figure ("II.2.2.1.onTimeRatePct", "T2[0].c3"). */
  history(ref: FiguresRef, key?: string, options?: RequestOptions): Promise<readonly HistoryEntry[]>;
};
