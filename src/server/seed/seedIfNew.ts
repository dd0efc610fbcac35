import type { FiguresStore } from "../store/FiguresStore";
import { seedDatabase, type SeedReport } from "./seedDatabase";

/**
 * Seeds an embedded (SQLite) database that has no agency yet — a new one, or one whose seeding failed
 * half-way — so that `serve` and `key create` agree on what a first run finds. PostgreSQL is never seeded:
 * a shared deployment gets its agencies from its administrators.
 */
export async function seedIfNew(store: FiguresStore, options: { readonly fixturePath: string; readonly now: () => Date }): Promise<SeedReport | undefined> {
  if (store.kind !== "sqlite" || (await store.listAgencies()).length > 0) return undefined;
  return seedDatabase(store, options);
}
