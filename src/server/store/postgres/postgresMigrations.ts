import type { Migration } from "../Migration";
import { migrationsFor, POSTGRES } from "../schemaMigrations";

/** The PostgreSQL schema: the one description (`schemaMigrations.ts`) in PostgreSQL's types. */
export const postgresMigrations: readonly Migration[] = migrationsFor(POSTGRES);
