import type { Agency, Change, HistoryEntry, PeriodEntry } from "../../api/contract";
import type { Figures } from "../../domain/figures/schema";
import type { ApiKeyRecord } from "./ApiKeyRecord";
import type { WriteExpectation } from "./WriteExpectation";

/** Which figures: one template, one agency, one period. */
export type RecordKey = { readonly template: string; readonly agency: string; readonly period: string };

export type StoredFigures = {
  readonly figures: Figures;
  /** The figures as stored, JSON: answered as is, without parsing and serialising them again. */
  readonly body: string;
  /** Starts at 1, grows by one on every write: the ETag is made from it. */
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
};

export type WriteRequest = RecordKey & {
  readonly figures: Figures;
  readonly expect: WriteExpectation;
  readonly actor: string;
  readonly via: HistoryEntry["via"];
  /** ISO time of the write; the clock is the caller's. */
  readonly at: string;
};

/**
 * What a write did. `stale`: the record is not at the version the writer read (412). `exists`: the writer
 * did not say which version it read, and there is one (428) — so no write ever blindly replaces another.
 */
export type WriteOutcome =
  | { readonly kind: "written"; readonly version: number; readonly created: boolean; readonly changes: readonly Change[] }
  | { readonly kind: "stale"; readonly version: number | undefined }
  | { readonly kind: "exists"; readonly version: number };

export type MigrationReport = {
  readonly applied: readonly number[];
  /** True when the first migration ran now: the database was new, and may be seeded. */
  readonly fresh: boolean;
};

/**
 * Where the service keeps agencies, periods, figures, their history and API keys. Two implementations:
 * SQLite (embedded, one machine) and PostgreSQL (a deployment that outgrows one machine). Every write of
 * figures and its history happens in one transaction; every query is parameterised.
 */
export type FiguresStore = {
  readonly kind: "sqlite" | "postgres";
  /** Refuses (SchemaTooNewError) a database migrated by a newer baocao, before changing anything. */
  migrate(): Promise<MigrationReport>;
  /** Resolves when the database answers a query on the service's schema; rejects otherwise (readiness). */
  ping(): Promise<void>;
  listAgencies(): Promise<readonly Agency[]>;
  getAgency(id: string): Promise<Agency | undefined>;
  putAgency(agency: Agency): Promise<void>;
  listPeriods(agency: string): Promise<readonly PeriodEntry[]>;
  hasPeriod(agency: string, period: string): Promise<boolean>;
  putPeriod(agency: string, period: string): Promise<void>;
  getFigures(key: RecordKey): Promise<StoredFigures | undefined>;
  writeFigures(request: WriteRequest): Promise<WriteOutcome>;
  /** Oldest first; `figure` picks one figure's key. */
  history(key: RecordKey & { readonly figure?: string }): Promise<readonly HistoryEntry[]>;
  addApiKey(record: ApiKeyRecord): Promise<void>;
  findApiKey(id: string): Promise<ApiKeyRecord | undefined>;
  /** False when there was no such key, or it was already revoked. */
  revokeApiKey(id: string, at: string): Promise<boolean>;
  close(): Promise<void>;
};
