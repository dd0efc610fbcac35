import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/server/store/openStore";
import { runCli } from "../support/runCli";

const dir = mkdtempSync(join(tmpdir(), "baocao-agency-"));

async function agencyIds(db: string): Promise<string[]> {
  const store = openStore(db);
  try {
    await store.migrate();
    return (await store.listAgencies()).map((a) => a.id);
  } finally {
    await store.close();
  }
}

describe("baocao agency add", () => {
  it("adds an agency that keys can then be created for", async () => {
    const db = join(dir, "add.db");
    expect((await runCli("keys", "create", "--agency", "ubnd-bienhoa", "--scope", "read", "--db", db)).code).toBe(1);
    const added = await runCli("agency", "add", "--id", "ubnd-bienhoa", "--name", "UBND TP Biên Hòa", "--db", db);
    expect(added).toMatchObject({ code: 0 });
    expect(added.stdout).toContain("UBND TP Biên Hòa");
    expect(await agencyIds(db)).toContain("ubnd-bienhoa");
    expect((await runCli("keys", "create", "--agency", "ubnd-bienhoa", "--scope", "read", "--db", db)).code).toBe(0);
  });

  it("refuses an id the service cannot route and a blank name, saying why, and adds nothing", async () => {
    const db = join(dir, "refuse.db");
    const before = await agencyIds(db);
    const badId = await runCli("agency", "add", "--id", "UBND Biên Hòa", "--name", "UBND", "--db", db);
    expect(badId.code).toBe(1);
    expect(badId.stderr).toContain("Mã cơ quan “UBND Biên Hòa” không hợp lệ");
    const blank = await runCli("agency", "add", "--id", "ubnd-bienhoa", "--name", "  ", "--db", db);
    expect(blank.code).toBe(1);
    expect(blank.stderr).toContain("cần có tên");
    expect(await agencyIds(db)).toEqual(before);
  });

  it("names its usage when the id or the name is missing", async () => {
    const run = await runCli("agency", "add", "--id", "x");
    expect(run.code).toBe(64);
    expect(run.stderr).toContain("baocao agency add --id");
  });
});
