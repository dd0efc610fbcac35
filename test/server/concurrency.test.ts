import type { Figures } from "../../src/domain/figures/schema";
import { call } from "./support/http";
import { eachStore } from "./support/storeFactories";
import { AGENCY, Q1_PATH, TEMPLATE, seedFigures, startTestService, type TestService } from "./support/startTestService";

const KEY = "II.1.vbqpplDraftsRegistered";
const withDrafts = (n: number, base: Figures = seedFigures()): Figures => ({ ...base, fields: { ...base.fields, [KEY]: n } });

eachStore("ETag and If-Match ($name)", (factory) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(factory);
  });
  afterAll(() => service.close());

  const put = (path: string, figures: Figures, ifMatch?: string) =>
    call(service.url, path, { method: "PUT", key: service.keys.write, body: figures, ...(ifMatch === undefined ? {} : { headers: { "if-match": ifMatch } }) });

  it("lets one of two concurrent writers win; the other gets 412 and its write is not stored", async () => {
    const read = await call(service.url, Q1_PATH, { key: service.keys.write });
    const etag = read.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"v\d+"$/);

    const answers = await Promise.all([put(Q1_PATH, withDrafts(11), etag), put(Q1_PATH, withDrafts(22), etag)]);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 412]);
    const winner = answers[0]?.status === 200 ? 11 : 22;

    const after = await call(service.url, Q1_PATH, { key: service.keys.read });
    expect(after.body).toEqual(withDrafts(winner));
    const winnerEtag = answers.find((a) => a.status === 200)?.headers.get("etag");
    expect(after.headers.get("etag")).toBe(winnerEtag);
    expect(answers.find((a) => a.status === 412)?.headers.get("etag")).toBe(winnerEtag);

    const history = await call(service.url, `${Q1_PATH}/history?key=${encodeURIComponent(KEY)}`, { key: service.keys.read });
    const entries = (history.body as { entries: { via: string; oldValue: unknown; newValue: unknown; actor: string }[] }).entries;
    expect(entries.filter((e) => e.via === "put")).toEqual([expect.objectContaining({ oldValue: 7, newValue: winner, actor: "Văn phòng Sở" })]);
  });

  it("writes one history entry per successful write, in order", async () => {
    const path = `/api/v1/figures/${TEMPLATE}/${AGENCY}/2021-H1`;
    const base = { ...seedFigures(), period: "2021-H1" };
    const created = await put(path, withDrafts(1, base));
    expect(created.status).toBe(201);
    let etag = created.headers.get("etag") ?? "";
    for (const n of [2, 3]) {
      const next = await put(path, withDrafts(n, base), etag);
      expect(next.status).toBe(200);
      etag = next.headers.get("etag") ?? "";
    }
    expect(etag).toBe('"v3"');
    const history = await call(service.url, `${path}/history?key=${encodeURIComponent(KEY)}`, { key: service.keys.read });
    expect((history.body as { entries: unknown[] }).entries).toEqual([
      expect.objectContaining({ version: 1, oldValue: null, newValue: 1 }),
      expect.objectContaining({ version: 2, oldValue: 1, newValue: 2 }),
      expect.objectContaining({ version: 3, oldValue: 2, newValue: 3 }),
    ]);
  });

  it("answers 428 to a PUT without If-Match over an existing record, and keeps the record", async () => {
    const before = await call(service.url, Q1_PATH, { key: service.keys.read });
    const answer = await put(Q1_PATH, withDrafts(999));
    expect(answer.status).toBe(428);
    expect(answer.body).toMatchObject({ type: "urn:baocao:problem:precondition-required", status: 428 });
    const after = await call(service.url, Q1_PATH, { key: service.keys.read });
    expect(after.body).toEqual(before.body);
  });

  it.each([
    ["an old ETag", '"v1"'],
    ["a weak ETag", 'W/"v1"'],
    ["a foreign ETag", '"abc"'],
  ])("answers 412 to %s", async (_what, ifMatch) => {
    const answer = await put(Q1_PATH, withDrafts(5), ifMatch);
    expect(answer.status).toBe(412);
  });

  it("answers 412 to If-Match: * when there is no record yet, and creates nothing", async () => {
    const path = `/api/v1/figures/${TEMPLATE}/${AGENCY}/2021-M9`;
    const answer = await put(path, withDrafts(5, { ...seedFigures(), period: "2021-M9" }), "*");
    expect(answer.status).toBe(412);
    expect((await call(service.url, path, { key: service.keys.read })).status).toBe(404);
  });

  it("accepts If-Match: * over an existing record", async () => {
    const current = (await call(service.url, Q1_PATH, { key: service.keys.read })).body as Figures;
    const answer = await put(Q1_PATH, current, "*");
    expect(answer.status).toBe(200);
  });

  it("lets one of two concurrent creators win; the other gets 428 and sees the winner's figures", async () => {
    const path = `/api/v1/figures/${TEMPLATE}/${AGENCY}/2023-Q1`;
    const base = { ...seedFigures(), period: "2023-Q1" };
    const answers = await Promise.all([put(path, withDrafts(31, base)), put(path, withDrafts(32, base))]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 428]);
    const winner = answers[0]?.status === 201 ? 31 : 32;
    expect((await call(service.url, path, { key: service.keys.read })).body).toEqual(withDrafts(winner, base));
  });

  it("creates a new period with a PUT without If-Match and lists it", async () => {
    const path = `/api/v1/figures/${TEMPLATE}/${AGENCY}/2022-Q1`;
    const answer = await put(path, { ...seedFigures(), period: "2022-Q1" });
    expect(answer.status).toBe(201);
    expect(answer.headers.get("etag")).toBe('"v1"');
    const periods = await call(service.url, `/api/v1/agencies/${AGENCY}/periods`, { key: service.keys.read });
    const list = (periods.body as { periods: { period: string; figures: { template: string }[] }[] }).periods;
    expect(list.map((p) => p.period)).toEqual(["2021-Q1", "2021-H1", "2021-M9", "2021-Y", "2022-Q1", "2023-Q1"]);
    expect(list.find((p) => p.period === "2022-Q1")?.figures).toEqual([expect.objectContaining({ template: TEMPLATE, version: 1 })]);
  });
});
