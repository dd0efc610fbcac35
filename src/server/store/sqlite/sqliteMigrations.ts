import type { Migration } from "../Migration";

/** The SQLite schema, step by step. Never edit a step that has shipped: add the next one. */
export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: "agencies, periods, figures, history",
    sql: `
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
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (template, agency, period),
        FOREIGN KEY (agency, period) REFERENCES periods(agency, period)
      );
      CREATE TABLE figure_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        template TEXT NOT NULL,
        agency TEXT NOT NULL,
        period TEXT NOT NULL,
        figure_key TEXT NOT NULL,
        version INTEGER NOT NULL,
        at TEXT NOT NULL,
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
    sql: `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        agency TEXT NOT NULL REFERENCES agencies(id),
        scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
        hash TEXT NOT NULL,
        label TEXT,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
    `,
  },
];
