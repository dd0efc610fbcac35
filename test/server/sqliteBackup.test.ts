import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { backupSqlite, restoreSqlite } from "../../src/server/db/sqliteBackup";

describe("SQLite backup and restore", () => {
  const work = mkdtempSync(join(tmpdir(), "baocao-backup-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("a backup taken while writes go on, restored into a new file, holds every write acknowledged before it ended", async () => {
    const source = join(work, "live.db");
    const writer = new Database(source);
    writer.pragma("journal_mode = WAL");
    writer.exec("CREATE TABLE figures (id INTEGER PRIMARY KEY, value TEXT NOT NULL)");
    writer.exec(`INSERT INTO figures (value) SELECT hex(randomblob(512)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT i FROM n)`);
    const insert = writer.prepare("INSERT INTO figures (value) VALUES (?)");
    const acknowledged: number[] = [];
    let writing = true;
    const writes = (async () => {
      while (writing) {
        acknowledged.push(Number(insert.run(`write ${acknowledged.length}`).lastInsertRowid));
        await new Promise((r) => setImmediate(r));
      }
    })();
    const backup = join(work, "backup.db");
    await backupSqlite(source, backup);
    const before = acknowledged.length;
    writing = false;
    await writes;
    writer.close();
    expect(before).toBeGreaterThan(0);

    const restored = join(work, "restored.db");
    await restoreSqlite(backup, restored);
    const copy = new Database(restored, { readonly: true });
    const ids = new Set(copy.prepare("SELECT id FROM figures").pluck().all() as number[]);
    copy.close();
    // Every write acknowledged before the backup ended may be in it; those acknowledged while it ran must be.
    const started = acknowledged.slice(0, Math.max(0, before - 1));
    expect(started.filter((id) => !ids.has(id))).toEqual([]);
    expect(ids.size).toBeGreaterThanOrEqual(20000);
  });

  it("never overwrites, and refuses a damaged backup", async () => {
    const existing = join(work, "exists.db");
    writeFileSync(existing, "");
    await expect(restoreSqlite(join(work, "backup.db"), existing)).rejects.toThrow(/restore into a new file/);
    const damaged = join(work, "damaged.db");
    writeFileSync(damaged, "not a database at all, not even close".repeat(200));
    await expect(restoreSqlite(damaged, join(work, "fromDamaged.db"))).rejects.toThrow(/không phải cơ sở dữ liệu SQLite/);
    expect(existsSync(join(work, "fromDamaged.db"))).toBe(false);
  });
});

describe("baocao db", () => {
  const work = mkdtempSync(join(tmpdir(), "baocao-dbcmd-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("backs up and restores through the command line, and exits 1 rather than overwrite", async () => {
    const { runCli } = await import("../support/runCli");
    const source = join(work, "svc.db");
    const db = new Database(source);
    db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('kept')");
    db.close();
    expect((await runCli("db", "backup", "--db", source, "-o", join(work, "b.db"))).code).toBe(0);
    expect((await runCli("db", "restore", join(work, "b.db"), "-o", join(work, "r.db"))).code).toBe(0);
    const copy = new Database(join(work, "r.db"), { readonly: true });
    expect(copy.prepare("SELECT v FROM t").pluck().all()).toEqual(["kept"]);
    copy.close();
    expect((await runCli("db", "restore", join(work, "b.db"), "-o", join(work, "r.db"))).code).toBe(1);
    expect((await runCli("db", "backup", "--db", source)).code).toBe(64);
  });
});
