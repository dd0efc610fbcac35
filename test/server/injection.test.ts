import { call } from "./support/http";
import { eachStore } from "./support/storeFactories";
import { AGENCY, Q1_PATH, TEMPLATE, seedFigures, startTestService, type TestService } from "./support/startTestService";

const ATTACKS = [
  "' OR '1'='1",
  "x'; DROP TABLE figures; --",
  '"; DELETE FROM api_keys; --',
  "1) UNION SELECT hash FROM api_keys --",
  "sct-dongnai' --",
  "%27%20OR%201%3D1",
  "\\x00",
];
const enc = encodeURIComponent;

eachStore("SQL injection attempts ($name)", (factory) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(factory);
  });
  afterAll(() => service.close());

  /** After every attempt: the tables are there and the seed figures untouched. */
  async function expectIntact() {
    const figures = await call(service.url, Q1_PATH, { key: service.keys.read });
    expect(figures.status).toBe(200);
    expect(figures.body).toEqual(seedFigures());
    expect(await service.store.listAgencies()).toHaveLength(2);
    expect((await call(service.url, `/api/v1/agencies/${AGENCY}/periods`, { key: service.keys.read })).status).toBe(200);
  }

  const places: readonly [string, (attack: string) => { path: string; method?: string; body?: unknown; contentType?: string }][] = [
    ["template", (a) => ({ path: `/api/v1/figures/${enc(a)}/${AGENCY}/2021-Q1` })],
    ["agency", (a) => ({ path: `/api/v1/figures/${TEMPLATE}/${enc(a)}/2021-Q1` })],
    ["period", (a) => ({ path: `/api/v1/figures/${TEMPLATE}/${AGENCY}/${enc(a)}` })],
    ["agency of /agencies", (a) => ({ path: `/api/v1/agencies/${enc(a)}` })],
    ["history key", (a) => ({ path: `${Q1_PATH}/history?key=${enc(a)}` })],
    ["import format", (a) => ({ path: `${Q1_PATH}/import?format=${enc(a)}&dryRun=true`, method: "POST", body: "x\t1", contentType: "text/csv" })],
    ["import table", (a) => ({ path: `${Q1_PATH}/import?format=tsv&table=${enc(a)}&dryRun=true`, method: "POST", body: "x\t1", contentType: "text/tab-separated-values" })],
    ["PUT agency", (a) => ({ path: `/api/v1/figures/${TEMPLATE}/${enc(a)}/2021-Q1`, method: "PUT", body: { ...seedFigures(), agency: a } })],
  ];

  describe.each(places)("in the %s", (_place, build) => {
    it.each(ATTACKS)("%s is refused or harmless", async (attack) => {
      const request = build(attack);
      const answer = await call(service.url, request.path, { ...request, key: service.keys.write });
      expect([200, 400, 404]).toContain(answer.status);
      if (answer.status === 200 && request.path.includes("/history")) expect(answer.body).toMatchObject({ entries: [] });
      await expectIntact();
    });
  });

  it.each(ATTACKS)("an API key %s is a 401, nothing more", async (attack) => {
    expect((await call(service.url, Q1_PATH, { headers: { "x-api-key": attack } })).status).toBe(401);
    await expectIntact();
  });

  it.each(ATTACKS)("figures holding %s are stored as text and read back as such", async (attack) => {
    const path = `/api/v1/figures/${TEMPLATE}/${AGENCY}/2021-Y`;
    const figures = { ...seedFigures(), period: "2021-Y", source: attack, fields: { ...seedFigures().fields, "II.1.programRange": attack } };
    const existing = await call(service.url, path, { key: service.keys.read });
    const written = await call(service.url, path, {
      method: "PUT",
      key: service.keys.write,
      body: figures,
      ...(existing.status === 200 ? { headers: { "if-match": existing.headers.get("etag") ?? "" } } : {}),
    });
    expect([200, 201]).toContain(written.status);
    expect((await call(service.url, path, { key: service.keys.read })).body).toEqual(figures);
    await expectIntact();
  });
});
