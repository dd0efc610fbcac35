import type { Migration } from "../Migration";
import { migrationsFor, SQLITE } from "../schemaMigrations";

/** The SQLite schema: the one description (`schemaMigrations.ts`) in SQLite's types. */
export const sqliteMigrations: readonly Migration[] = migrationsFor(SQLITE);
