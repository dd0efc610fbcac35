import { postgresMigrations } from "../../src/server/store/postgres/postgresMigrations";
import { migrationsFor, POSTGRES, SQLITE } from "../../src/server/store/schemaMigrations";
import { sqliteMigrations } from "../../src/server/store/sqlite/sqliteMigrations";
import { openStore } from "../../src/server/store/openStore";

describe("the service's schema", () => {
  it("is one description: SQLite's and PostgreSQL's steps are the same steps in each dialect's types", () => {
    expect(sqliteMigrations).toEqual(migrationsFor(SQLITE));
    expect(postgresMigrations).toEqual(migrationsFor(POSTGRES));
    expect(sqliteMigrations.map((m) => [m.version, m.name])).toEqual(
      postgresMigrations.map((m) => [m.version, m.name]),
    );
    expect(postgresMigrations.map((m) => m.sql).join("")).toContain("BIGSERIAL PRIMARY KEY");
    expect(sqliteMigrations.map((m) => m.sql).join("")).toContain("INTEGER PRIMARY KEY AUTOINCREMENT");
    expect(postgresMigrations.map((m) => m.sql).join("")).toContain("TIMESTAMPTZ");
    expect(sqliteMigrations.map((m) => m.sql).join("")).not.toContain("TIMESTAMPTZ");
  });

  it("migrates a new SQLite database to every step", async () => {
    const store = openStore(":memory:");
    try {
      const report = await store.migrate();
      expect(report.applied).toEqual(sqliteMigrations.map((m) => m.version));
      await store.putAgency({ id: "ubnd-bienhoa", name: "UBND TP Biên Hòa" });
      expect(await store.getAgency("ubnd-bienhoa")).toEqual({ id: "ubnd-bienhoa", name: "UBND TP Biên Hòa" });
    } finally {
      await store.close();
    }
  });
});
