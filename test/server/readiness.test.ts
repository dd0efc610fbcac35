/**
 * `/api/v1/ready` answers for the database, unlike `/api/v1/health`; the service's logs are structured (one JSON
 * object per line, per request) and never carry an API key.
 */
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";
import { createServer } from "../../src/server/createServer";
import { PostgresFiguresStore } from "../../src/server/store/postgres/PostgresFiguresStore";
import { call } from "./support/http";
import { eachStore, storeFactories } from "./support/storeFactories";
import { ORIGIN, Q1_PATH, startTestService } from "./support/startTestService";
import { freePort } from "../support/freePort";

eachStore("readiness on $name", (factory) => {
  it("is ready while the database answers, and 503 (health still 200) once it does not", async () => {
    const service = await startTestService(factory);
    try {
      const ready = await call(service.url, "/api/v1/ready");
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: "ready", database: factory.name });
      expect(ready.headers.get("cache-control")).toBe("no-store");

      // The database goes away under the running service (PostgreSQL's outage: the test below).
      if (service.store.kind !== "sqlite") return;
      await service.store.close();
      const down = await call(service.url, "/api/v1/ready");
      expect(down.status).toBe(503);
      expect(down.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(down.headers.get("retry-after")).toBe("5");
      expect(down.body).toMatchObject({ type: "urn:baocao:problem:unavailable", status: 503 });
      expect(down.text).not.toMatch(/connection is not open|at .*\.ts/);
      expect((await call(service.url, "/api/v1/health")).status).toBe(200);
    } finally {
      await service.close().catch(() => undefined);
    }
  });
});

describe("readiness of a PostgreSQL service whose database is down", () => {
  it("answers 503 promptly while health answers 200", async () => {
    const store = new PostgresFiguresStore({ connectionString: `postgres://baocao:baocao@127.0.0.1:${await freePort()}/baocao` });
    const app = createServer({ store, templates: [cchcQuarterlySct], origins: [ORIGIN] });
    try {
      await app.listen({ port: 0, host: "127.0.0.1" });
      const address = app.server.address();
      const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
      const down = await call(url, "/api/v1/ready");
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ type: "urn:baocao:problem:unavailable", detail: expect.stringContaining("postgres") });
      expect(down.text).not.toContain("ECONNREFUSED");
      expect((await call(url, "/api/v1/health")).status).toBe(200);
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe("the service's logs", () => {
  it("are one JSON object per line, with each request's id, method, URL and status, and no key", async () => {
    const lines: string[] = [];
    const service = await startTestService(storeFactories()[0]!, { logger: { stream: { write: (line: string) => void lines.push(line) } } });
    try {
      expect((await call(service.url, Q1_PATH, { key: service.keys.read })).status).toBe(200);
      expect((await call(service.url, Q1_PATH, { headers: { "x-api-key": service.keys.write } })).status).toBe(200);
    } finally {
      await service.close();
    }
    const events = lines.map((line) => JSON.parse(line) as { reqId?: string; req?: { method: string; url: string }; res?: { statusCode: number }; level: number; time: number });
    const incoming = events.filter((e) => e.req?.url === Q1_PATH);
    const completed = events.filter((e) => e.res?.statusCode === 200);
    expect(incoming).toHaveLength(2);
    expect(incoming.every((e) => e.req?.method === "GET" && typeof e.reqId === "string" && typeof e.time === "number")).toBe(true);
    expect(completed.map((e) => e.reqId).sort()).toEqual(incoming.map((e) => e.reqId).sort());
    const all = lines.join("");
    expect(all).not.toContain(service.keys.read);
    expect(all).not.toContain(service.keys.write);
  });
});
