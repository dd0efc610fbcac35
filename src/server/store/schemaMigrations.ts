import type { Migration } from "./Migration";

/** What differs between the two databases in the schema: the type of a point in time, an auto-numbered key. */
export type SqlDialect = { readonly timestamp: string; readonly serialKey: string };

export const SQLITE: SqlDialect = { timestamp: "TEXT", serialKey: "INTEGER PRIMARY KEY AUTOINCREMENT" };
export const POSTGRES: SqlDialect = { timestamp: "TIMESTAMPTZ", serialKey: "BIGSERIAL PRIMARY KEY" };

type Step = { readonly version: number; readonly name: string; readonly sql: (d: SqlDialect) => string };

/**
 * The one description of the service's schema, step by step, for SQLite and PostgreSQL alike.
 * Never edit a step that has shipped: add the next one.
 */
const STEPS: readonly Step[] = [
  {
    version: 1,
    name: "agencies, periods, figures, history",
    sql: (d) => `
      CREATE TABLE agencies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL
      );
      CREATE TABLE periods (
        agency TEXT NOT NULL REFERENCES agencies(id),
        period TEXT NOT NULL,
        PRIMARY KEY (agency, period)
      );
      CREATE TABLE figures (
        template TEXT NOT NULL,
        agency TEXT NOT NULL,
        period TEXT NOT NULL,
        body TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at ${d.timestamp} NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (template, agency, period),
        FOREIGN KEY (agency, period) REFERENCES periods(agency, period)
      );
      CREATE TABLE figure_history (
        id ${d.serialKey},
        template TEXT NOT NULL,
        agency TEXT NOT NULL,
        period TEXT NOT NULL,
        figure_key TEXT NOT NULL,
        version INTEGER NOT NULL,
        at ${d.timestamp} NOT NULL,
        actor TEXT NOT NULL,
        via TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL
      );
      CREATE INDEX figure_history_by_key ON figure_history (template, agency, period, figure_key, id);
    `,
  },
  {
    version: 2,
    name: "api keys",
    sql: (d) => `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        agency TEXT NOT NULL REFERENCES agencies(id),
        scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
        hash TEXT NOT NULL,
        label TEXT,
        created_at ${d.timestamp} NOT NULL,
        revoked_at ${d.timestamp}
      );
    `,
  },
];

/** The schema's steps in one database's SQL. */
export const migrationsFor = (dialect: SqlDialect): readonly Migration[] =>
  STEPS.map((s) => ({ version: s.version, name: s.name, sql: s.sql(dialect) }));
