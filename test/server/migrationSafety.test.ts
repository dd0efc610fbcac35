/**
 * Migrations on start never lose data: a database made by an older baocao is brought up to date with every row
 * kept; a step that fails changes nothing; a database migrated by a newer baocao is refused before anything is
 * touched, with a clear message and exit code 4 (README, "Exit codes"). SQLite always, PostgreSQL when
 * BAOCAO_TEST_PG is set.
 */
import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { main } from "../../src/cli/main";
import type { FiguresStore } from "../../src/server/store/FiguresStore";
import type { Migration } from "../../src/server/store/Migration";
import { PostgresFiguresStore } from "../../src/server/store/postgres/PostgresFiguresStore";
import { postgresMigrations } from "../../src/server/store/postgres/postgresMigrations";
import { SchemaTooNewError } from "../../src/server/store/SchemaTooNewError";
import { SqliteFiguresStore } from "../../src/server/store/sqlite/SqliteFiguresStore";
import { sqliteMigrations } from "../../src/server/store/sqlite/sqliteMigrations";

type Engine = {
  readonly name: string;
  readonly known: readonly Migration[];
  /** A store on the same database each time, with the steps given. */
  readonly open: (migrations: readonly Migration[]) => FiguresStore;
  readonly recorded: () => Promise<number[]>;
  readonly tables: () => Promise<string[]>;
  readonly dispose: () => Promise<void>;
};

function sqliteEngine(): Engine {
  const dir = mkdtempSync(join(tmpdir(), "baocao-migrate-"));
  const file = join(dir, "baocao.db");
  const raw = async <T>(sql: string): Promise<T[]> => {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  };
  return {
    name: "sqlite",
    known: sqliteMigrations,
    open: (migrations) => new SqliteFiguresStore(file, migrations),
    recorded: async () => (await raw<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version")).map((r) => r.version),
    tables: async () => (await raw<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map((r) => r.name),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresEngine(url: string): Engine {
  const schema = `baocao_migrate_${randomBytes(6).toString("hex")}`;
  const query = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    name: "postgres",
    known: postgresMigrations,
    open: (migrations) => new PostgresFiguresStore({ connectionString: url, schema, migrations }),
    recorded: async () => (await query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`)).map((r) => r.version),
    tables: async () =>
      (await query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name", [schema])).map((r) => r.table_name),
    dispose: async () => void (await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
  };
}

const engines: [string, () => Engine][] = [["sqlite", sqliteEngine]];
const pgUrl = process.env.BAOCAO_TEST_PG;
if (pgUrl) engines.push(["postgres", () => postgresEngine(pgUrl)]);

const AGENCY = { id: "sct-dongnai", name: "Sở Công Thương tỉnh Đồng Nai" };

async function withStore<T>(store: FiguresStore, work: (store: FiguresStore) => Promise<T>): Promise<T> {
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const migrationTests = (make: () => Engine) => {
  let engine: Engine;
  beforeEach(() => {
    engine = make();
  });
  afterEach(() => engine.dispose());

  it("bring a database of an older baocao up to date and keep every row", async () => {
    const older = engine.known.slice(0, 1);
    await withStore(engine.open(older), async (store) => {
      expect((await store.migrate()).applied).toEqual([1]);
      await store.putAgency(AGENCY);
      await store.putPeriod(AGENCY.id, "2021-Q1");
    });
    await withStore(engine.open(engine.known), async (store) => {
      expect((await store.migrate()).applied).toEqual(engine.known.slice(1).map((m) => m.version));
      expect(await store.getAgency(AGENCY.id)).toEqual(AGENCY);
      expect(await store.hasPeriod(AGENCY.id, "2021-Q1")).toBe(true);
    });
    expect(await engine.recorded()).toEqual(engine.known.map((m) => m.version));
  });

  it("change nothing when a step fails: the schema and every row stay as they were", async () => {
    await withStore(engine.open(engine.known), async (store) => {
      await store.migrate();
      await store.putAgency(AGENCY);
    });
    const before = await engine.tables();
    const next = engine.known.length + 1;
    const failing: Migration = { version: next, name: "a step that fails half-way", sql: "CREATE TABLE half_done (a INTEGER); INSERT INTO no_such_table VALUES (1);" };
    await withStore(engine.open([...engine.known, failing]), async (store) => {
      // Read by its message: better-sqlite3's native part makes its errors in the realm of the first test file that
      // loaded it, so another file's `toThrow` does not see them as errors when files share a process (--runInBand).
      const failure: unknown = await store.migrate().then(() => undefined, (error: unknown) => error);
      expect(String((failure as { message?: unknown } | undefined)?.message)).toMatch(/no_such_table/);
    });
    expect(await engine.tables()).toEqual(before);
    expect(await engine.recorded()).toEqual(engine.known.map((m) => m.version));
    await withStore(engine.open(engine.known), async (store) => {
      expect((await store.migrate()).applied).toEqual([]);
      expect(await store.getAgency(AGENCY.id)).toEqual(AGENCY);
    });
  });

  it("refuse a database migrated by a newer baocao, before touching it", async () => {
    const next = Math.max(...engine.known.map((m) => m.version)) + 1;
    const future: Migration = { version: next, name: "a step of a later release", sql: "CREATE TABLE later_release (a INTEGER)" };
    await withStore(engine.open([...engine.known, future]), async (store) => {
      await store.migrate();
      await store.putAgency(AGENCY);
    });
    const before = await engine.tables();
    await withStore(engine.open(engine.known), async (store) => {
      const refused = store.migrate();
      await expect(refused).rejects.toBeInstanceOf(SchemaTooNewError);
      await expect(refused).rejects.toMatchObject({ found: next, known: next - 1 });
      await expect(refused).rejects.toThrow(`phiên bản ${next}, mới hơn phiên bản ${next - 1}`);
    });
    expect(await engine.tables()).toEqual(before);
    expect(await engine.recorded()).toEqual([...engine.known.map((m) => m.version), next]);
  });
};

for (const [name, make] of engines) describe(`migrations on ${name}`, () => migrationTests(make));
// Without a database the PostgreSQL block is declared skipped, so the run lists its tests by name.
if (!pgUrl) {
  describe.skip("migrations on postgres — skipped: BAOCAO_TEST_PG is not set", () =>
    migrationTests(() => {
      throw new Error("BAOCAO_TEST_PG is not set");
    }),
  );
}

describe("baocao serve on a database of a newer baocao", () => {
  it("does not start: one clear line, exit code 4, the database untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "baocao-newer-"));
    try {
      const file = join(dir, "baocao.db");
      const future: Migration = { version: 99, name: "a later release", sql: "CREATE TABLE later_release (a INTEGER)" };
      await withStore(new SqliteFiguresStore(file, [...sqliteMigrations, future]), async (store) => void (await store.migrate()));
      const bytes = readFileSync(file);
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(["serve", "--db", file, "--port", "0", "--quiet"], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
      expect(code).toBe(4);
      expect(err.join("")).toMatch(/^baocao serve: Cơ sở dữ liệu có lược đồ phiên bản 99, mới hơn phiên bản 2 .* nothing was changed\.\n$/);
      expect(err.join("")).not.toMatch(/\n\s+at /);
      expect(out.join("")).not.toContain("listening");
      expect(readFileSync(file).equals(bytes)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
