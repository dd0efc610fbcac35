import pg from "pg";
import type { Agency, HistoryEntry, PeriodEntry } from "../../../api/contract";
import type { FieldValue, Figures } from "../../../domain/figures/schema";
import type { ApiKeyRecord, Scope } from "../ApiKeyRecord";
import type { FiguresStore, MigrationReport, RecordKey, StoredFigures, WriteOutcome, WriteRequest } from "../FiguresStore";
import { checkExpectation } from "../WriteExpectation";
import { diffFigures } from "../diffFigures";
import { groupPeriods, type PeriodRow } from "../groupPeriods";
import type { Migration } from "../Migration";
import { refuseNewerSchema } from "../SchemaTooNewError";
import { postgresMigrations } from "./postgresMigrations";

type Time = Date | string;
const iso = (t: Time): string => (t instanceof Date ? t.toISOString() : new Date(t).toISOString());

/** Any number: serialises concurrent migrations of several service instances. */
const MIGRATION_LOCK = 7_204_211;

export type PostgresStoreOptions = {
  readonly connectionString: string;
  /** A schema of its own (created when missing): lets tests and tenants share one database. */
  readonly schema?: string;
  readonly maxConnections?: number;
  /** The schema's steps; only tests pass others (a failing step, a future one). */
  readonly migrations?: readonly Migration[];
};

/**
 * The store for deployments that outgrow one machine: PostgreSQL through a `pg` pool. A write locks the
 * record's row (`SELECT … FOR UPDATE`), so concurrent writers queue and the later one sees the new version.
 */
export class PostgresFiguresStore implements FiguresStore {
  readonly kind = "postgres";
  private readonly pool: pg.Pool;
  private readonly schema: string | undefined;
  private readonly migrations: readonly Migration[];

  constructor(options: PostgresStoreOptions) {
    this.migrations = options.migrations ?? postgresMigrations;
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) throw new Error(`invalid schema name: ${options.schema}`);
    this.schema = options.schema;
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
      // A readiness check must answer, not wait for ever on a database that does not.
      connectionTimeoutMillis: 5000,
    });
    // An idle connection the database drops (a restart) must not end the process: the next query reconnects,
    // and the readiness check reports the outage meanwhile.
    this.pool.on("error", () => undefined);
  }

  async migrate(): Promise<MigrationReport> {
    return this.transaction(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      // The schema name was checked against a strict pattern: an identifier cannot be a parameter.
      if (this.schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await c.query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)");
      const done = new Set((await c.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
      refuseNewerSchema(done, this.migrations);
      const applied: number[] = [];
      // All steps in one transaction (PostgreSQL's DDL is transactional): a step that fails changes nothing.
      for (const m of this.migrations) {
        if (done.has(m.version)) continue;
        await c.query(m.sql);
        await c.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())", [m.version, m.name]);
        applied.push(m.version);
      }
      return { applied, fresh: applied.includes(1) };
    });
  }

  async listAgencies(): Promise<readonly Agency[]> {
    return (await this.pool.query<Agency>("SELECT id, name FROM agencies ORDER BY id")).rows;
  }

  async getAgency(id: string): Promise<Agency | undefined> {
    return (await this.pool.query<Agency>("SELECT id, name FROM agencies WHERE id = $1", [id])).rows[0];
  }

  async putAgency(agency: Agency): Promise<void> {
    await this.pool.query("INSERT INTO agencies (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = excluded.name", [agency.id, agency.name]);
  }

  async listPeriods(agency: string): Promise<readonly PeriodEntry[]> {
    const { rows } = await this.pool.query<Omit<PeriodRow, "updated_at"> & { updated_at: Time | null }>(
      `SELECT p.period, f.template, f.version, f.updated_at FROM periods p
       LEFT JOIN figures f ON f.agency = p.agency AND f.period = p.period
       WHERE p.agency = $1 ORDER BY p.period, f.template`,
      [agency],
    );
    return groupPeriods(rows.map((r) => ({ ...r, updated_at: r.updated_at === null ? null : iso(r.updated_at) })));
  }

  async hasPeriod(agency: string, period: string): Promise<boolean> {
    return (await this.pool.query("SELECT 1 FROM periods WHERE agency = $1 AND period = $2", [agency, period])).rowCount === 1;
  }

  async putPeriod(agency: string, period: string): Promise<void> {
    await this.pool.query("INSERT INTO periods (agency, period) VALUES ($1, $2) ON CONFLICT DO NOTHING", [agency, period]);
  }

  async getFigures(key: RecordKey): Promise<StoredFigures | undefined> {
    const { rows } = await this.pool.query<{ body: string; version: number; updated_at: Time; updated_by: string }>(
      "SELECT body, version, updated_at, updated_by FROM figures WHERE template = $1 AND agency = $2 AND period = $3",
      [key.template, key.agency, key.period],
    );
    const row = rows[0];
    return row && { figures: JSON.parse(row.body) as Figures, body: row.body, version: row.version, updatedAt: iso(row.updated_at), updatedBy: row.updated_by };
  }

  async writeFigures(request: WriteRequest): Promise<WriteOutcome> {
    const { template, agency, period, at, actor, via } = request;
    return this.transaction(async (c): Promise<WriteOutcome> => {
      const found = await c.query<{ body: string; version: number }>(
        "SELECT body, version FROM figures WHERE template = $1 AND agency = $2 AND period = $3 FOR UPDATE",
        [template, agency, period],
      );
      const row = found.rows[0];
      const current = row?.version;
      const verdict = checkExpectation(request.expect, current);
      if (verdict === "stale") return { kind: "stale", version: current };
      if (verdict === "exists" && current !== undefined) return { kind: "exists", version: current };
      const version = (current ?? 0) + 1;
      const body = JSON.stringify(request.figures);
      if (row) {
        await c.query(
          "UPDATE figures SET body = $4, version = $5, updated_at = $6, updated_by = $7 WHERE template = $1 AND agency = $2 AND period = $3",
          [template, agency, period, body, version, at, actor],
        );
      } else {
        await c.query("INSERT INTO periods (agency, period) VALUES ($1, $2) ON CONFLICT DO NOTHING", [agency, period]);
        const inserted = await c.query(
          `INSERT INTO figures (template, agency, period, body, version, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT DO NOTHING`,
          [template, agency, period, body, version, at, actor],
        );
        // Another writer created the record while we looked: ours was a blind write after all.
        if (inserted.rowCount !== 1) return request.expect.kind === "none" ? { kind: "exists", version: 1 } : { kind: "stale", version: 1 };
      }
      const changes = diffFigures(row ? (JSON.parse(row.body) as Figures) : undefined, request.figures);
      for (const ch of changes) {
        await c.query(
          `INSERT INTO figure_history (template, agency, period, figure_key, version, at, actor, via, old_value, new_value)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [template, agency, period, ch.key, version, at, actor, via, JSON.stringify(ch.oldValue), JSON.stringify(ch.newValue)],
        );
      }
      return { kind: "written", version, created: row === undefined, changes };
    });
  }

  async history(key: RecordKey & { readonly figure?: string }): Promise<readonly HistoryEntry[]> {
    const base = "SELECT figure_key, at, actor, via, version, old_value, new_value FROM figure_history WHERE template = $1 AND agency = $2 AND period = $3";
    const args = [key.template, key.agency, key.period];
    const { rows } = await this.pool.query<{ figure_key: string; at: Time; actor: string; via: string; version: number; old_value: string; new_value: string }>(
      key.figure === undefined ? `${base} ORDER BY id` : `${base} AND figure_key = $4 ORDER BY id`,
      key.figure === undefined ? args : [...args, key.figure],
    );
    return rows.map((r) => ({
      key: r.figure_key,
      at: iso(r.at),
      actor: r.actor,
      via: r.via as HistoryEntry["via"],
      version: r.version,
      oldValue: JSON.parse(r.old_value) as FieldValue,
      newValue: JSON.parse(r.new_value) as FieldValue,
    }));
  }

  async addApiKey(k: ApiKeyRecord): Promise<void> {
    await this.pool.query(
      "INSERT INTO api_keys (id, agency, scope, hash, label, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      [k.id, k.agency, k.scope, k.hash, k.label, k.createdAt, k.revokedAt],
    );
  }

  async findApiKey(id: string): Promise<ApiKeyRecord | undefined> {
    const { rows } = await this.pool.query<{ id: string; agency: string; scope: string; hash: string; label: string | null; created_at: Time; revoked_at: Time | null }>(
      "SELECT id, agency, scope, hash, label, created_at, revoked_at FROM api_keys WHERE id = $1",
      [id],
    );
    const r = rows[0];
    return r && { id: r.id, agency: r.agency, scope: r.scope as Scope, hash: r.hash, label: r.label, createdAt: iso(r.created_at), revokedAt: r.revoked_at === null ? null : iso(r.revoked_at) };
  }

  async revokeApiKey(id: string, at: string): Promise<boolean> {
    return (await this.pool.query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL", [at, id])).rowCount === 1;
  }

  async ping(): Promise<void> {
    await this.pool.query("SELECT 1 FROM schema_migrations LIMIT 1");
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Runs `work` in one transaction on one connection; rolls back on any error. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
