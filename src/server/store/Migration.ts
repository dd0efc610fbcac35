/** One numbered step of a database's schema; applied in order, once, and recorded in `schema_migrations`. */
export type Migration = { readonly version: number; readonly name: string; readonly sql: string };
