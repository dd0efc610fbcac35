import type { Figures } from "../../src/domain/figures/schema";
import { issue } from "../../src/domain/issues/Issue";
import type { Importer } from "../../src/server/importing/Importer";
import { call } from "./support/http";
import { eachStore } from "./support/storeFactories";
import { Q1_PATH, seedFigures, startTestService, type TestService } from "./support/startTestService";

const DRAFTS = "II.1.vbqpplDraftsRegistered";
type ImportBody = { dryRun: boolean; written: boolean; version?: number; issues: unknown[]; changes: unknown[]; figures?: Figures };

eachStore("import with the paste reader ($name)", (factory) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(factory);
  });
  afterAll(() => service.close());

  const upload = (query: string, text: string, key = service.keys.write, contentType = "text/csv") =>
    call(service.url, `${Q1_PATH}/import?${query}`, { method: "POST", key, body: text, contentType });
  const etag = async () => (await call(service.url, Q1_PATH, { key: service.keys.read })).headers.get("etag");

  it("dry-runs a key/value CSV: the changes and issues, nothing written (a read key is enough)", async () => {
    const before = await etag();
    const answer = await upload("format=csv&dryRun=true", `${DRAFTS}\t8\n`, service.keys.read);
    expect(answer.status).toBe(200);
    const body = answer.body as ImportBody;
    expect(body).toMatchObject({ dryRun: true, written: false, issues: [], changes: [{ key: DRAFTS, oldValue: 7, newValue: 8 }] });
    expect(await etag()).toBe(before);
  });

  it("reports the issues of a bad upload on a dry run, with 200", async () => {
    const answer = await upload("format=csv&dryRun=true", `${DRAFTS}\tbảy\n`);
    expect(answer.status).toBe(200);
    const body = answer.body as ImportBody;
    expect(body.written).toBe(false);
    expect(body.issues.length).toBeGreaterThan(0);
  });

  it("refuses a bad upload without dry run (422), writing nothing", async () => {
    const before = await etag();
    const answer = await upload("format=csv", `${DRAFTS}\tbảy\n`);
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ type: "urn:baocao:problem:invalid-figures", issues: expect.any(Array) });
    expect(await etag()).toBe(before);
  });

  it("needs a write key to import for real (403)", async () => {
    expect((await upload("format=csv", `${DRAFTS}\t8\n`, service.keys.read)).status).toBe(403);
  });

  it("writes an import with its history, and answers the new ETag", async () => {
    const answer = await upload("format=csv", `${DRAFTS}\t9\n`);
    expect(answer.status).toBe(200);
    const body = answer.body as ImportBody;
    expect(body).toMatchObject({ dryRun: false, written: true, changes: [{ key: DRAFTS, oldValue: 7, newValue: 9 }] });
    expect(answer.headers.get("etag")).toBe(`"v${body.version}"`);
    const after = await call(service.url, Q1_PATH, { key: service.keys.read });
    expect((after.body as Figures).fields[DRAFTS]).toBe(9);
    const history = await call(service.url, `${Q1_PATH}/history?key=${DRAFTS}`, { key: service.keys.read });
    expect((history.body as { entries: unknown[] }).entries).toEqual([
      expect.objectContaining({ via: "seed", oldValue: null, newValue: 7 }),
      expect.objectContaining({ via: "import", oldValue: 7, newValue: 9, actor: "Văn phòng Sở" }),
    ]);
  });

  it("honours an If-Match sent with an import (412 when stale)", async () => {
    const answer = await call(service.url, `${Q1_PATH}/import?format=csv`, { method: "POST", key: service.keys.write, body: `${DRAFTS}\t10\n`, contentType: "text/csv", headers: { "if-match": '"v1"' } });
    expect(answer.status).toBe(412);
  });

  it("imports one table as TSV", async () => {
    const answer = await upload("format=tsv&table=T2&dryRun=true", "1\tCông Thương\t2.555\t2.460\t96,3\t95\t3,7\n", service.keys.write, "text/tab-separated-values");
    expect(answer.status).toBe(200);
    expect((answer.body as ImportBody).figures?.tables.T2).toEqual(seedFigures().tables.T2);
  });

  it("asks for the table of a TSV import (400)", async () => {
    const answer = await upload("format=tsv", "1\t2\n", service.keys.write, "text/tab-separated-values");
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ issues: [{ code: "request.required", path: ["querystring", "table"] }] });
  });

  it.each([["format=ods"], [""], ["format=csv&dryRun=yes"], ["format=csv&extra=1"]])("refuses the query %j (400)", async (query) => {
    expect((await upload(query, `${DRAFTS}\t8\n`)).status).toBe(400);
  });

  it("refuses a JSON body (415)", async () => {
    expect((await call(service.url, `${Q1_PATH}/import?format=csv`, { method: "POST", key: service.keys.write, body: { a: 1 } })).status).toBe(415);
  });
});

eachStore("import with an injected importer ($name)", (factory) => {
  /** Reads "key=value" lines of integers; anything else is a paste.badNumber issue. */
  const simpleImporter: Importer = ({ text, base }) => {
    const fields: Record<string, number> = {};
    const issues = text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .flatMap((line, i) => {
        const [key = "", value = ""] = line.split("=");
        if (!/^\d+$/.test(value.trim())) return [issue("paste.badNumber", ["paste", i, 1], { value })];
        fields[key.trim()] = Number(value);
        return [];
      });
    return issues.length > 0 ? { value: undefined, issues } : { value: { ...base, fields: { ...base.fields, ...fields } }, issues };
  };
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(factory, { importer: simpleImporter });
  });
  afterAll(() => service.close());

  it("uses it, and still validates its result against the template", async () => {
    const ok = await call(service.url, `${Q1_PATH}/import?format=csv&dryRun=true`, { method: "POST", key: service.keys.write, body: `${DRAFTS}=12`, contentType: "text/plain" });
    expect(ok.body).toMatchObject({ issues: [], changes: [{ key: DRAFTS, oldValue: 7, newValue: 12 }] });
    const unknown = await call(service.url, `${Q1_PATH}/import?format=csv&dryRun=true`, { method: "POST", key: service.keys.write, body: "no.such=1", contentType: "text/plain" });
    expect(unknown.body).toMatchObject({ written: false, issues: [{ code: "figures.unknownKey", path: ["fields", "no.such"], params: { key: "no.such" }, message: "Chỉ tiêu “no.such”: không có trong mẫu báo cáo." }] });
    const bad = await call(service.url, `${Q1_PATH}/import?format=csv`, { method: "POST", key: service.keys.write, body: `${DRAFTS}=x`, contentType: "text/plain" });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ issues: [{ code: "paste.badNumber", path: ["paste", 0, 1], params: { value: "x" }, message: "Dữ liệu dán, dòng 1, cột 2: “x” không phải là số." }] });
  });
});
