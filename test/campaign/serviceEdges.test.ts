/**
 * Campaign, class 9 (the service's edges): a body of the wrong media type is 415, a JSON array a labelled 422,
 * a number where a date is due "wrong type" (not "missing"); an agency that does not exist answers exactly as
 * one the key may not see, so a key cannot probe which agencies exist. Nothing stored changes.
 */
import { call } from "../server/support/http";
import { eachStore } from "../server/support/storeFactories";
import { OTHER_AGENCY, Q1_PATH, TEMPLATE, seedFigures, startTestService, type TestService } from "../server/support/startTestService";

const noTrace = (text: string) => expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|stack|node_modules/);

eachStore("service edges ($name)", (factory) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(factory);
  });
  afterAll(() => service.close());

  const put = (body: unknown, contentType?: string) =>
    call(service.url, Q1_PATH, {
      method: "PUT",
      key: service.keys.write,
      body,
      headers: { "if-match": "*" },
      ...(contentType ? { contentType } : {}),
    });

  type Issue = { code: string; path: unknown[]; message: string };
  const cases: [string, () => Promise<Awaited<ReturnType<typeof put>>>, number, (body: { issues?: Issue[]; detail?: string }) => void][] = [
    ["valid figures sent as text/plain", () => put(JSON.stringify(seedFigures()), "text/plain"), 415, (b) => expect(b.detail).toContain("application/json")],
    ["valid figures sent as text/csv", () => put(JSON.stringify(seedFigures()), "text/csv"), 415, (b) => expect(b.detail).toContain("application/json")],
    [
      "a JSON array of figures",
      () => put(JSON.stringify([seedFigures()])),
      422,
      (b) => expect(b.issues?.[0]?.message).toMatch(/^Nội dung số liệu gửi lên: sai kiểu dữ liệu \(cần một đối tượng JSON/),
    ],
    ["a JSON number", () => put("42"), 422, (b) => expect(b.issues?.[0]?.message).toMatch(/^Nội dung số liệu gửi lên: /)],
    [
      "a numeric asOfDate",
      () => put({ ...seedFigures(), asOfDate: 20210302 }),
      422,
      (b) => {
        expect(b.issues?.map((i) => i.code)).toEqual(["figures.invalidType"]);
        expect(b.issues?.[0]?.message).toMatch(/^Ngày chốt số liệu: sai kiểu dữ liệu/);
      },
    ],
  ];

  it.each(cases)("%s: %d, said with its place, nothing stored", async (_name, send, status, said) => {
    const before = await call(service.url, Q1_PATH, { key: service.keys.read });
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    said(answer.body as { issues?: Issue[]; detail?: string });
    noTrace(answer.text);
    expect((await call(service.url, Q1_PATH, { key: service.keys.read })).text).toBe(before.text);
  });

  it.each([
    ["figures", (a: string) => `/api/v1/figures/${TEMPLATE}/${a}/2021-Q1`, "GET"],
    ["figures (PUT)", (a: string) => `/api/v1/figures/${TEMPLATE}/${a}/2021-Q1`, "PUT"],
    ["periods", (a: string) => `/api/v1/agencies/${a}/periods`, "GET"],
    ["history", (a: string) => `/api/v1/figures/${TEMPLATE}/${a}/2021-Q1/history`, "GET"],
  ] as const)("%s: an unknown agency answers as another agency's (403, same problem)", async (_name, path, method) => {
    const ask = (agency: string) =>
      call(service.url, path(agency), {
        method,
        key: service.keys.write,
        ...(method === "PUT" ? { body: { ...seedFigures(), agency }, headers: { "if-match": "*" } } : {}),
      });
    const [unknown, other] = [await ask("no-such-agency"), await ask(OTHER_AGENCY)];
    expect(unknown.status).toBe(403);
    expect(other.status).toBe(403);
    const shape = (a: typeof unknown) => {
      const { type, title, status } = a.body as { type: string; title: string; status: number };
      return { type, title, status };
    };
    expect(shape(unknown)).toEqual(shape(other));
  });
});
