import Database from "better-sqlite3";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKey, revokeKey, serve } from "../../src/server/cli";
import { hashApiKey } from "../../src/server/auth/hashApiKey";
import { KeyAdminError } from "../../src/server/keys/KeyAdminError";
import { SqliteFiguresStore } from "../../src/server/store/sqlite/SqliteFiguresStore";
import { startServer } from "../../src/server/startServer";
import { call } from "./support/http";
import { Q1_PATH, seedFigures } from "./support/startTestService";

describe("a SQLite database file", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "baocao-server-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("is migrated once, in WAL mode, and records its migrations", async () => {
    const file = join(dir, "a.db");
    const first = new SqliteFiguresStore(file);
    expect(await first.migrate()).toEqual({ applied: [1, 2], fresh: true });
    await first.close();
    const again = new SqliteFiguresStore(file);
    expect(await again.migrate()).toEqual({ applied: [], fresh: false });
    await again.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.prepare("SELECT version FROM schema_migrations ORDER BY version").all()).toEqual([{ version: 1 }, { version: 2 }]);
    raw.close();
  });

  it("is seeded with the Quý I/2021 figures of Sở Công Thương Đồng Nai when new, and only then", async () => {
    const db = join(dir, "b.db");
    const first = await startServer({ port: 0, db });
    expect(first.seeded).toEqual({ agency: "sct-dongnai", periods: ["2021-Q1", "2021-H1", "2021-M9", "2021-Y"], figures: ["cchc-quarterly-sct/sct-dongnai/2021-Q1"] });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await first.close();
    const second = await startServer({ port: 0, db });
    expect(second.seeded).toBeUndefined();
    expect(second.migrations).toEqual([]);
    await second.close();
  });

  it("does not start when the seed fixture is missing, and seeds on the next start", async () => {
    const db = join(dir, "c.db");
    await expect(startServer({ port: 0, db, fixturePath: join(dir, "missing.json") })).rejects.toThrow(/ENOENT/);
    const next = await startServer({ port: 0, db });
    expect(next.seeded?.agency).toBe("sct-dongnai");
    await next.close();
  });
});

describe("the CLI pieces", () => {
  let dir: string;
  let printed: string[];
  const out = { stdout: (text: string) => void printed.push(text) };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "baocao-cli-"));
    printed = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("create a key that is printed once and stored as a hash, serve with it, and revoke it", async () => {
    const db = join(dir, "nested", "baocao.db");
    const { id, key } = await createKey({ db, agency: "sct-dongnai", scope: "read", label: "Chánh Văn phòng" }, out);
    expect(printed.join("")).toContain(key);
    expect(key.startsWith(`bc.${id}.`)).toBe(true);

    const raw = new Database(db, { readonly: true });
    expect(raw.prepare("SELECT hash, scope, label FROM api_keys WHERE id = ?").get(id)).toEqual({ hash: hashApiKey(key), scope: "read", label: "Chánh Văn phòng" });
    raw.close();
    for (const file of [db, `${db}-wal`]) {
      try {
        expect(readFileSync(file).includes(key.split(".")[2] ?? "")).toBe(false);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }

    const server = await serve({ port: 0, db, logger: false }, out);
    try {
      const answer = await call(server.url, Q1_PATH, { key });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(seedFigures());
      await revokeKey({ db, id }, out);
      expect((await call(server.url, Q1_PATH, { key })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it.each([
    ["an unknown agency", () => createKey({ db: join(dir, "x.db"), agency: "no-such", scope: "write" }, out), "unknownAgency"],
    ["a bad scope", () => createKey({ db: join(dir, "x.db"), agency: "sct-dongnai", scope: "admin" as "read" }, out), "badScope"],
    ["revoking an unknown key", () => revokeKey({ db: join(dir, "x.db"), id: "0000000000000000" }, out), "unknownKey"],
  ])("refuse %s with a KeyAdminError", async (_what, run, code) => {
    const error = await run().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(KeyAdminError);
    expect((error as KeyAdminError).code).toBe(code);
  });
});
