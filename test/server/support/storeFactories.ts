import { randomBytes } from "node:crypto";
import pg from "pg";
import type { FiguresStore } from "../../../src/server/store/FiguresStore";
import { PostgresFiguresStore } from "../../../src/server/store/postgres/PostgresFiguresStore";
import { SqliteFiguresStore } from "../../../src/server/store/sqlite/SqliteFiguresStore";

/** A store for one test file, and how to throw it away afterwards. */
export type OpenedStore = { readonly store: FiguresStore; readonly dispose: () => Promise<void> };
export type StoreFactory = { readonly name: string; readonly open: () => Promise<OpenedStore> };

const pgUrl = process.env.BAOCAO_TEST_PG;

const sqlite: StoreFactory = {
  name: "sqlite",
  open: async () => {
    const store = new SqliteFiguresStore(":memory:");
    return { store, dispose: () => store.close() };
  },
};

/** Each test file gets a schema of its own in the database BAOCAO_TEST_PG names, dropped at the end. */
const postgres = (url: string): StoreFactory => ({
  name: "postgres",
  open: async () => {
    const schema = `baocao_test_${randomBytes(6).toString("hex")}`;
    const store = new PostgresFiguresStore({ connectionString: url, schema });
    return {
      store,
      dispose: async () => {
        await store.close();
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      },
    };
  },
});

/** The stores every service test runs on: SQLite always, PostgreSQL when BAOCAO_TEST_PG is set. */
export function storeFactories(): StoreFactory[] {
  return pgUrl ? [sqlite, postgres(pgUrl)] : [sqlite];
}

/**
 * One describe block per store, titled with its name ("… (postgres)"). Without BAOCAO_TEST_PG the PostgreSQL
 * block is still declared, skipped: Jest and the run's summary list its tests as skipped, by name, instead of
 * them disappearing.
 */
export function eachStore(title: string, tests: (factory: StoreFactory) => void): void {
  const unavailable: StoreFactory = {
    name: "postgres",
    open: () => Promise.reject(new Error("BAOCAO_TEST_PG is not set")),
  };
  for (const factory of pgUrl ? storeFactories() : [sqlite, unavailable]) {
    const named = title.replace("$name", factory.name);
    if (factory === unavailable) describe.skip(`${named} — skipped: BAOCAO_TEST_PG is not set`, () => tests(factory));
    else describe(named, () => tests(factory));
  }
}
