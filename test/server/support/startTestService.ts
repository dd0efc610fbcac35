import type { FastifyInstance } from "fastify";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { FiguresSchema, type Figures } from "../../../src/domain/figures/schema";
import { cchcQuarterlySct } from "../../../src/domain/template/cchcQuarterlySct";
import { createServer } from "../../../src/server/createServer";
import { issueApiKey } from "../../../src/server/keys/issueApiKey";
import type { CreateServerOptions } from "../../../src/server/ServerOptions";
import { seedDatabase } from "../../../src/server/seed/seedDatabase";
import type { FiguresStore } from "../../../src/server/store/FiguresStore";
import type { StoreFactory } from "./storeFactories";

export const FIXTURE = resolve(__dirname, "../../fixtures/figures/sct-dongnai-2021-Q1.json");
export const TEMPLATE = cchcQuarterlySct.id;
export const AGENCY = "sct-dongnai";
export const OTHER_AGENCY = "so-tu-phap";
export const ORIGIN = "https://localhost:3000";
export const Q1_PATH = `/api/v1/figures/${TEMPLATE}/${AGENCY}/2021-Q1`;

/** The seed figures, as a fresh copy each time. */
export const seedFigures = (): Figures => FiguresSchema.parse(JSON.parse(readFileSync(FIXTURE, "utf8")));

export type TestService = {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly store: FiguresStore;
  /** sct-dongnai read and write keys, and a write key of another agency. */
  readonly keys: { readonly read: string; readonly write: string; readonly other: string };
  close(): Promise<void>;
};

/**
 * The real service on loopback (port 0), over a migrated and seeded store: what the tests talk to
 * over HTTP, exactly as the add-in would.
 */
export async function startTestService(
  factory: StoreFactory,
  options: Partial<Omit<CreateServerOptions, "store">> = {},
): Promise<TestService> {
  const { store, dispose } = await factory.open();
  await store.migrate();
  const now = () => new Date();
  await seedDatabase(store, { fixturePath: FIXTURE, now });
  await store.putAgency({ id: OTHER_AGENCY, name: "Sở Tư pháp tỉnh Đồng Nai" });
  const read = await issueApiKey(store, { agency: AGENCY, scope: "read", label: "Văn phòng Sở (đọc)", now });
  const write = await issueApiKey(store, { agency: AGENCY, scope: "write", label: "Văn phòng Sở", now });
  const other = await issueApiKey(store, { agency: OTHER_AGENCY, scope: "write", now });
  const app = createServer({ store, templates: [cchcQuarterlySct], origins: [ORIGIN], ...options });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (typeof address !== "object" || address === null) throw new Error("no address");
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    store,
    keys: { read: read.key, write: write.key, other: other.key },
    close: async () => {
      await app.close();
      await dispose();
    },
  };
}
