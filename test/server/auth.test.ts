import { call } from "./support/http";
import { eachStore } from "./support/storeFactories";
import { AGENCY, OTHER_AGENCY, Q1_PATH, seedFigures, startTestService, type TestService } from "./support/startTestService";

eachStore("API keys and scopes ($name)", (factory) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(factory);
  });
  afterAll(() => service.close());

  it("answers 401 problem+json when no key is sent", async () => {
    const answer = await call(service.url, Q1_PATH);
    expect(answer.status).toBe(401);
    expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(answer.headers.get("www-authenticate")).toBe("Bearer");
    expect(answer.body).toEqual({
      type: "urn:baocao:problem:unauthorized",
      title: "Chưa xác thực: thiếu khóa API hoặc khóa không hợp lệ",
      status: 401,
      detail: "Thiếu khóa API (Authorization: Bearer …).",
    });
  });

  it.each([
    ["a malformed key", "not-a-key"],
    ["an unknown key id", `bc.0000000000000000.${"A".repeat(43)}`],
  ])("answers 401 to %s", async (_what, key) => {
    const answer = await call(service.url, Q1_PATH, { key });
    expect(answer.status).toBe(401);
  });

  it("answers 401 to a real key id with a wrong secret", async () => {
    const [prefix, id] = service.keys.read.split(".");
    const answer = await call(service.url, Q1_PATH, { key: `${prefix}.${id}.${"B".repeat(43)}` });
    expect(answer.status).toBe(401);
  });

  it.each([
    ["Authorization: Bearer", (key: string) => ({ authorization: `Bearer ${key}` })],
    ["X-Api-Key", (key: string) => ({ "x-api-key": key })],
  ])("accepts a read key in %s for GET", async (_how, headers) => {
    const answer = await call(service.url, Q1_PATH, { headers: headers(service.keys.read) });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(seedFigures());
  });

  it("refuses a PUT with a read key (403), and nothing changes", async () => {
    const before = await call(service.url, Q1_PATH, { key: service.keys.read });
    const figures = { ...seedFigures(), fields: { ...seedFigures().fields, "II.1.vbqpplDraftsRegistered": 99 } };
    const answer = await call(service.url, Q1_PATH, { method: "PUT", key: service.keys.read, body: figures, headers: { "if-match": before.headers.get("etag") ?? "" } });
    expect(answer.status).toBe(403);
    expect((answer.body as { type: string }).type).toBe("urn:baocao:problem:forbidden");
    const after = await call(service.url, Q1_PATH, { key: service.keys.read });
    expect(after.body).toEqual(before.body);
    expect(after.headers.get("etag")).toBe(before.headers.get("etag"));
  });

  it.each([
    ["GET the figures", { method: "GET", path: Q1_PATH }],
    ["PUT the figures", { method: "PUT", path: Q1_PATH, body: seedFigures() }],
    ["GET the agency", { method: "GET", path: `/api/v1/agencies/${AGENCY}` }],
    ["list the periods", { method: "GET", path: `/api/v1/agencies/${AGENCY}/periods` }],
    ["read the history", { method: "GET", path: `${Q1_PATH}/history` }],
    ["dry-run an import", { method: "POST", path: `${Q1_PATH}/import?format=csv&dryRun=true`, body: "II.1.vbqpplDraftsRegistered\t8", contentType: "text/csv" }],
  ])("refuses another agency's key to %s (403)", async (_what, request) => {
    const answer = await call(service.url, request.path, { ...request, key: service.keys.other, headers: { "if-match": "*" } });
    expect(answer.status).toBe(403);
  });

  it("lists only the agency of the key", async () => {
    const answer = await call(service.url, "/api/v1/agencies", { key: service.keys.other });
    expect(answer.body).toEqual({ agencies: [{ id: OTHER_AGENCY, name: "Sở Tư pháp tỉnh Đồng Nai" }] });
  });

  it("stops accepting a key once it is revoked", async () => {
    const [, id] = service.keys.other.split(".");
    expect(await call(service.url, "/api/v1/agencies", { key: service.keys.other })).toMatchObject({ status: 200 });
    await service.store.revokeApiKey(id ?? "", new Date().toISOString());
    expect(await call(service.url, "/api/v1/agencies", { key: service.keys.other })).toMatchObject({ status: 401 });
  });

  it("serves the OpenAPI document and health without a key", async () => {
    expect((await call(service.url, "/api/v1/openapi.json")).status).toBe(200);
    expect((await call(service.url, "/api/v1/health")).body).toEqual({ status: "ok" });
  });

  it("stores no key in clear, only its sha256", async () => {
    const [, id] = service.keys.write.split(".");
    const record = await service.store.findApiKey(id ?? "");
    expect(record?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain(service.keys.write.split(".")[2]);
  });
});
