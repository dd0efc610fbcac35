import type { FiguresStore } from "./FiguresStore";
import { PostgresFiguresStore } from "./postgres/PostgresFiguresStore";
import { SqliteFiguresStore } from "./sqlite/SqliteFiguresStore";

/** True for a PostgreSQL connection string; anything else is a SQLite file name (or ":memory:"). */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/**
 * The store a `--db` value names: `postgres://…` for PostgreSQL, otherwise a SQLite file. The store is
 * not migrated yet; call `migrate()` before use.
 *
 * @example
 * openStore("./data/baocao.db")          // SQLite, WAL
 * openStore("postgres://u:p@db/baocao")  // PostgreSQL
 */
export function openStore(db: string): FiguresStore {
  return isPostgresUrl(db) ? new PostgresFiguresStore({ connectionString: db }) : new SqliteFiguresStore(db);
}
