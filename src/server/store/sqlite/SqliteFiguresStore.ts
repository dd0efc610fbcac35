import Database from "better-sqlite3";
import type { Agency, HistoryEntry, PeriodEntry } from "../../../api/contract";
import type { FieldValue, Figures } from "../../../domain/figures/schema";
import type { ApiKeyRecord, Scope } from "../ApiKeyRecord";
import type { FiguresStore, MigrationReport, RecordKey, StoredFigures, WriteOutcome, WriteRequest } from "../FiguresStore";
import { checkExpectation } from "../WriteExpectation";
import { diffFigures } from "../diffFigures";
import { groupPeriods, type PeriodRow } from "../groupPeriods";
import type { Migration } from "../Migration";
import { refuseNewerSchema } from "../SchemaTooNewError";
import { sqliteMigrations } from "./sqliteMigrations";

type FiguresRow = { body: string; version: number; updated_at: string; updated_by: string };
type HistoryRow = { figure_key: string; at: string; actor: string; via: string; version: number; old_value: string; new_value: string };
type KeyRow = { id: string; agency: string; scope: string; hash: string; label: string | null; created_at: string; revoked_at: string | null };

/**
 * The embedded store: one SQLite file (or ":memory:") through better-sqlite3, in WAL mode so that readers
 * never wait for the writer. better-sqlite3 is synchronous, so a transaction cannot interleave with another
 * request of this process; `BEGIN IMMEDIATE` keeps other processes out of it too.
 */
export class SqliteFiguresStore implements FiguresStore {
  readonly kind = "sqlite";
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  /** `migrations`: the schema's steps; only tests pass others (a failing step, a future one). */
  constructor(
    filename: string,
    private readonly migrations: readonly Migration[] = sqliteMigrations,
  ) {
    this.db = new Database(filename);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
    this.db.pragma("synchronous = NORMAL");
  }

  async migrate(): Promise<MigrationReport> {
    this.db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    const done = new Set(this.statement("SELECT version FROM schema_migrations").all().map((r) => (r as { version: number }).version));
    refuseNewerSchema(done, this.migrations);
    const record = this.statement("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
    const applied: number[] = [];
    // Each step and its record in one transaction: a step that fails leaves the previous schema and every row.
    for (const m of this.migrations) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        record.run(m.version, m.name, new Date().toISOString());
      }).immediate();
      applied.push(m.version);
    }
    return { applied, fresh: applied.includes(1) };
  }

  async listAgencies(): Promise<readonly Agency[]> {
    return this.statement("SELECT id, name FROM agencies ORDER BY id").all() as Agency[];
  }

  async getAgency(id: string): Promise<Agency | undefined> {
    return this.statement("SELECT id, name FROM agencies WHERE id = ?").get(id) as Agency | undefined;
  }

  async putAgency(agency: Agency): Promise<void> {
    this.statement("INSERT INTO agencies (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name").run(agency.id, agency.name);
  }

  async listPeriods(agency: string): Promise<readonly PeriodEntry[]> {
    const rows = this.statement(
        `SELECT p.period, f.template, f.version, f.updated_at FROM periods p
         LEFT JOIN figures f ON f.agency = p.agency AND f.period = p.period
         WHERE p.agency = ? ORDER BY p.period, f.template`,
      )
      .all(agency) as PeriodRow[];
    return groupPeriods(rows);
  }

  async hasPeriod(agency: string, period: string): Promise<boolean> {
    return this.statement("SELECT 1 FROM periods WHERE agency = ? AND period = ?").get(agency, period) !== undefined;
  }

  async putPeriod(agency: string, period: string): Promise<void> {
    this.statement("INSERT INTO periods (agency, period) VALUES (?, ?) ON CONFLICT DO NOTHING").run(agency, period);
  }

  async getFigures(key: RecordKey): Promise<StoredFigures | undefined> {
    const row = this.selectFigures(key);
    return row && { figures: JSON.parse(row.body) as Figures, body: row.body, version: row.version, updatedAt: row.updated_at, updatedBy: row.updated_by };
  }

  async writeFigures(request: WriteRequest): Promise<WriteOutcome> {
    const write = this.db.transaction((): WriteOutcome => {
      const row = this.selectFigures(request);
      const current = row?.version;
      const verdict = checkExpectation(request.expect, current);
      if (verdict === "stale") return { kind: "stale", version: current };
      if (verdict === "exists" && current !== undefined) return { kind: "exists", version: current };
      const changes = diffFigures(row ? (JSON.parse(row.body) as Figures) : undefined, request.figures);
      const version = (current ?? 0) + 1;
      const { template, agency, period, at, actor, via } = request;
      this.statement("INSERT INTO periods (agency, period) VALUES (?, ?) ON CONFLICT DO NOTHING").run(agency, period);
      this.statement(
          `INSERT INTO figures (template, agency, period, body, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (template, agency, period) DO UPDATE SET body = excluded.body, version = excluded.version,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
        )
        .run(template, agency, period, JSON.stringify(request.figures), version, at, actor);
      const insert = this.statement(
        `INSERT INTO figure_history (template, agency, period, figure_key, version, at, actor, via, old_value, new_value)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const c of changes) {
        insert.run(template, agency, period, c.key, version, at, actor, via, JSON.stringify(c.oldValue), JSON.stringify(c.newValue));
      }
      return { kind: "written", version, created: current === undefined, changes };
    });
    return write.immediate();
  }

  async history(key: RecordKey & { readonly figure?: string }): Promise<readonly HistoryEntry[]> {
    const base = "SELECT figure_key, at, actor, via, version, old_value, new_value FROM figure_history WHERE template = ? AND agency = ? AND period = ?";
    const rows = (
      key.figure === undefined
        ? this.statement(`${base} ORDER BY id`).all(key.template, key.agency, key.period)
        : this.statement(`${base} AND figure_key = ? ORDER BY id`).all(key.template, key.agency, key.period, key.figure)
    ) as HistoryRow[];
    return rows.map((r) => ({
      key: r.figure_key,
      at: r.at,
      actor: r.actor,
      via: r.via as HistoryEntry["via"],
      version: r.version,
      oldValue: JSON.parse(r.old_value) as FieldValue,
      newValue: JSON.parse(r.new_value) as FieldValue,
    }));
  }

  async addApiKey(k: ApiKeyRecord): Promise<void> {
    this.statement("INSERT INTO api_keys (id, agency, scope, hash, label, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(k.id, k.agency, k.scope, k.hash, k.label, k.createdAt, k.revokedAt);
  }

  async findApiKey(id: string): Promise<ApiKeyRecord | undefined> {
    const row = this.statement("SELECT id, agency, scope, hash, label, created_at, revoked_at FROM api_keys WHERE id = ?").get(id) as KeyRow | undefined;
    return row && { id: row.id, agency: row.agency, scope: row.scope as Scope, hash: row.hash, label: row.label, createdAt: row.created_at, revokedAt: row.revoked_at };
  }

  async revokeApiKey(id: string, at: string): Promise<boolean> {
    return this.statement("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL").run(at, id).changes === 1;
  }

  async ping(): Promise<void> {
    this.statement("SELECT 1 FROM schema_migrations LIMIT 1").get();
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** A prepared statement, prepared once per SQL text: the service runs the same few queries all day. */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  private selectFigures(key: RecordKey): FiguresRow | undefined {
    return this.statement("SELECT body, version, updated_at, updated_by FROM figures WHERE template = ? AND agency = ? AND period = ?")
      .get(key.template, key.agency, key.period) as FiguresRow | undefined;
  }
}
