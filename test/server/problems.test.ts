import { request as httpRequest } from "node:http";
import type { FiguresStore } from "../../src/server/store/FiguresStore";
import { call } from "./support/http";
import { eachStore, storeFactories } from "./support/storeFactories";
import { AGENCY, Q1_PATH, TEMPLATE, seedFigures, startTestService, type TestService } from "./support/startTestService";

/** Every problem: problem+json, a Vietnamese title, the status repeated, and no trace of the code inside. */
function expectProblem(answer: { status: number; headers: Headers; text: string; body: unknown }, status: number, type: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ type: `urn:baocao:problem:${type}`, status, title: expect.any(String) });
  expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+|stack|node_modules/);
}

eachStore("problems ($name)", (factory) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(factory, { bodyLimit: 64 * 1024 });
  });
  afterAll(() => service.close());

  const write = (body: unknown, extra: { contentType?: string; path?: string } = {}) =>
    call(service.url, extra.path ?? Q1_PATH, { method: "PUT", key: service.keys.write, body, headers: { "if-match": "*" }, ...(extra.contentType ? { contentType: extra.contentType } : {}) });

  it("answers malformed JSON with 400 problem+json", async () => {
    const answer = await write('{"template": "cchc-quarterly-sct", "fields": {');
    expectProblem(answer, 400, "invalid-json");
    expect((answer.body as { title: string }).title).toBe("Nội dung gửi lên không phải JSON hợp lệ");
  });

  it("answers an oversized body with 413, before reading it", async () => {
    const big = JSON.stringify({ ...seedFigures(), source: "x".repeat(70 * 1024) });
    expectProblem(await write(big), 413, "payload-too-large");
  });

  it("answers an oversized chunked body (no Content-Length) with 413", async () => {
    const url = new URL(`${service.url}${Q1_PATH}`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(url, { method: "PUT", headers: { authorization: `Bearer ${service.keys.write}`, "content-type": "application/json", "if-match": "*" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      for (let i = 0; i < 80; i++) req.write("x".repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
  });

  it.each([
    ["an unknown template", `/api/v1/figures/no-such-template/${AGENCY}/2021-Q1`, "unknown-template"],
    ["an unknown period", `/api/v1/figures/${TEMPLATE}/${AGENCY}/2030-Q1`, "unknown-period"],
    ["a period without figures", `/api/v1/figures/${TEMPLATE}/${AGENCY}/2021-Y`, "no-figures"],
    ["an unknown period's history", `/api/v1/figures/${TEMPLATE}/${AGENCY}/2030-Q1/history`, "unknown-period"],
    ["an unknown address", `/api/v1/nothing-here`, "not-found"],
  ])("answers %s with 404", async (_what, path, type) => {
    expectProblem(await call(service.url, path, { key: service.keys.read }), 404, type);
  });

  it("answers a PUT under an unknown template with 404", async () => {
    expectProblem(await write(seedFigures(), { path: `/api/v1/figures/no-such-template/${AGENCY}/2021-Q1` }), 404, "unknown-template");
  });

  it.each([
    ["a period of another shape", `/api/v1/figures/${TEMPLATE}/${AGENCY}/2021-Q2`, ["params", "period"]],
    ["an agency id with capitals", `/api/v1/figures/${TEMPLATE}/SCT/2021-Q1`, ["params", "agency"]],
    ["an agency id of 65 characters", `/api/v1/figures/${TEMPLATE}/${"a".repeat(65)}/2021-Q1`, ["params", "agency"]],
  ])("answers %s with 400 and the issue's place", async (_what, path, place) => {
    const answer = await call(service.url, path, { key: service.keys.read });
    expectProblem(answer, 400, "invalid-request");
    expect((answer.body as { issues: { path: unknown[] }[] }).issues).toEqual([expect.objectContaining({ path: place })]);
  });

  it("answers invalid figures with 422 and every issue as data", async () => {
    const figures = seedFigures();
    const bad = { ...figures, fields: { ...figures.fields, "II.1.vbqpplDraftsRegistered": -1, "II.2.2.1.onTimeRatePct": 120, "no.such.key": 1 } };
    const answer = await write(bad);
    expectProblem(answer, 422, "invalid-figures");
    expect((answer.body as { issues: unknown[] }).issues).toEqual(
      expect.arrayContaining([
        {
          code: "figures.negative",
          path: ["fields", "II.1.vbqpplDraftsRegistered"],
          params: { value: -1 },
          message: "Chỉ tiêu “Số văn bản QPPL đăng ký chủ trì soạn thảo”: không được âm (-1).",
        },
        {
          code: "figures.percentOver100",
          path: ["fields", "II.2.2.1.onTimeRatePct"],
          params: { value: 120 },
          message: "Chỉ tiêu “Tỷ lệ hồ sơ giải quyết đúng và trước hạn”: tỷ lệ vượt quá 100% (120).",
        },
        { code: "figures.unknownKey", path: ["fields", "no.such.key"], params: { key: "no.such.key" }, message: "Chỉ tiêu “no.such.key”: không có trong mẫu báo cáo." },
      ]),
    );
  });

  it("refuses figures of another agency or period than the address (422)", async () => {
    const answer = await write({ ...seedFigures(), agency: "so-tu-phap", period: "2021-H1" });
    expectProblem(answer, 422, "invalid-figures");
    expect((answer.body as { issues: unknown[] }).issues).toEqual([
      { code: "request.agencyMismatch", path: ["agency"], params: { expected: AGENCY, actual: "so-tu-phap" } },
      { code: "request.periodMismatch", path: ["period"], params: { expected: "2021-Q1", actual: "2021-H1" } },
    ]);
  });

  it("answers a body of an unsupported type with 415", async () => {
    expectProblem(await write("<figures/>", { contentType: "application/xml" }), 415, "unsupported-media-type");
  });

  it.each([["null"], ["[]"], ['"text"'], ["42"]])("answers the JSON body %s with 422", async (body) => {
    expectProblem(await write(body), 422, "invalid-figures");
  });
});

describe("an unexpected failure", () => {
  it("is a 500 problem that reveals nothing of the code", async () => {
    const [factory] = storeFactories();
    const service = await startTestService(factory!);
    const broken: FiguresStore = new Proxy(service.store, {
      get: (target, name, receiver) =>
        name === "getFigures" ? () => Promise.reject(new Error("SQLITE_CORRUPT: secret table figures at /srv/db.sqlite")) : Reflect.get(target, name, receiver),
    });
    const { createServer } = await import("../../src/server/createServer");
    const { cchcQuarterlySct } = await import("../../src/domain/template/cchcQuarterlySct");
    const app = createServer({ store: broken, templates: [cchcQuarterlySct] });
    await app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const address = app.server.address() as { port: number };
      const answer = await call(`http://127.0.0.1:${address.port}`, Q1_PATH, { key: service.keys.read });
      expectProblem(answer, 500, "internal");
      expect(answer.text).not.toContain("SQLITE");
      expect(answer.text).not.toContain("/srv");
    } finally {
      await app.close();
      await service.close();
    }
  });
});
