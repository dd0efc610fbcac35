import {
  ApiError,
  ConflictError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
  createFiguresClient,
  type FiguresClient,
} from "../../src/api";
import type { Figures } from "../../src/domain/figures/schema";
import { eachStore } from "../server/support/storeFactories";
import { AGENCY, TEMPLATE, seedFigures, startTestService, type TestService } from "../server/support/startTestService";

const Q1 = { template: TEMPLATE, agency: AGENCY, period: "2021-Q1" };
const DRAFTS = "II.1.vbqpplDraftsRegistered";
const withDrafts = (f: Figures, n: number): Figures => ({ ...f, fields: { ...f.fields, [DRAFTS]: n } });

/** The rejection of a promise, for comparing whole error objects. */
const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (e: unknown) => e);

eachStore("the client against the real service ($name)", (factory) => {
  let service: TestService;
  let writer: FiguresClient;
  let reader: FiguresClient;
  beforeAll(async () => {
    service = await startTestService(factory);
    writer = createFiguresClient({ baseUrl: service.url, apiKey: service.keys.write, timeoutMs: 5000 });
    reader = createFiguresClient({ baseUrl: `${service.url}/api`, apiKey: service.keys.read, timeoutMs: 5000 });
  });
  afterAll(() => service.close());

  it("reads the figures, checked by FiguresSchema, with their ETag", async () => {
    expect(await reader.getFigures(Q1)).toEqual({ figures: seedFigures(), etag: '"v1"' });
  });

  it("writes with the ETag it read, and gets the next one", async () => {
    const { figures, etag } = await writer.getFigures(Q1);
    const written = await writer.putFigures(withDrafts(figures, 8), etag);
    expect(written).toEqual({ figures: withDrafts(figures, 8), etag: '"v2"' });
    expect((await reader.getFigures(Q1)).figures.fields[DRAFTS]).toBe(8);
  });

  it("reports a stale write as a ConflictError (412) in Vietnamese, and in English on request", async () => {
    const error = await failure(writer.putFigures(withDrafts(seedFigures(), 9), '"v1"'));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 412, kind: "conflict", name: "ConflictError" });
    expect((error as Error).message).toBe("Số liệu trên máy chủ vừa được người khác cập nhật. Hãy tải lại rồi ghi; số liệu của bạn chưa được ghi.");
    const english = createFiguresClient({ baseUrl: service.url, apiKey: service.keys.write, lang: "en" });
    expect((await failure(english.putFigures(withDrafts(seedFigures(), 9), '"v1"'))) as Error).toMatchObject({
      message: "Someone else has just updated these figures. Reload, then save; yours were not written.",
    });
  });

  it("reports a write without ETag over existing figures as a ConflictError (428)", async () => {
    expect(await failure(writer.putFigures(seedFigures(), undefined))).toMatchObject({ name: "ConflictError", status: 428 });
  });

  it("reports invalid figures as a ValidationError carrying the issues", async () => {
    const { figures, etag } = await writer.getFigures(Q1);
    const error = await failure(writer.putFigures(withDrafts(figures, -3), etag));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      {
        code: "figures.negative",
        path: ["fields", DRAFTS],
        params: { value: -3 },
        message: "Chỉ tiêu “Số văn bản QPPL đăng ký chủ trì soạn thảo”: không được âm (-3).",
      },
    ]);
    expect((error as Error).message).toBe("Dữ liệu gửi lên có 1 lỗi; xem danh sách lỗi.");
  });

  it.each([
    ["an unknown period", { ...Q1, period: "2030-Q1" }, NotFoundError, 404],
    ["an unknown template", { ...Q1, template: "khong-co" }, NotFoundError, 404],
    ["another agency", { ...Q1, agency: "so-tu-phap" }, UnauthorizedError, 403],
  ])("reports %s as its typed error", async (_what, ref, type, status) => {
    const error = await failure(reader.getFigures(ref));
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(status);
  });

  it("reports a wrong key as an UnauthorizedError (401)", async () => {
    const stranger = createFiguresClient({ baseUrl: service.url, apiKey: "bc.0123456789abcdef.wrong" });
    expect(await failure(stranger.listAgencies())).toMatchObject({ name: "UnauthorizedError", status: 401 });
  });

  it("refuses a write with a read key (UnauthorizedError 403)", async () => {
    const { figures, etag } = await reader.getFigures(Q1);
    expect(await failure(reader.putFigures(figures, etag))).toMatchObject({ name: "UnauthorizedError", status: 403 });
  });

  it("lists the agencies and periods the key may see", async () => {
    expect(await reader.listAgencies()).toEqual([{ id: AGENCY, name: "Sở Công Thương tỉnh Đồng Nai" }]);
    expect((await reader.listPeriods(AGENCY)).map((p) => p.period)).toEqual(["2021-Q1", "2021-H1", "2021-M9", "2021-Y"]);
  });

  it("imports, dry run first, then for real, and reads the history of the figure", async () => {
    const preview = await writer.importData(Q1, { text: `${DRAFTS}\t12\n`, format: "csv", dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, written: false, issues: [], etag: undefined });
    const done = await writer.importData(Q1, { text: `${DRAFTS}\t12\n`, format: "csv" });
    expect(done).toMatchObject({ written: true, changes: [{ key: DRAFTS, newValue: 12 }] });
    expect(done.etag).toBe(`"v${done.version}"`);
    const history = await reader.history(Q1, DRAFTS);
    expect(history.map((h) => [h.via, h.newValue])).toEqual([
      ["seed", 7],
      ["put", 8],
      ["import", 12],
    ]);
  });

  it("reports an import with errors as a ValidationError", async () => {
    const error = await failure(writer.importData(Q1, { text: "ABC\tnot a number\n", format: "csv" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.length).toBeGreaterThan(0);
  });

  it("creates a new period's figures without ETag", async () => {
    const figures = { ...seedFigures(), period: "2022-Q1" };
    expect(await writer.putFigures(figures, undefined)).toEqual({ figures, etag: '"v1"' });
  });

  it("aborts when the signal is already aborted, without a request", async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await failure(reader.getFigures(Q1, { signal: controller.signal }))).toMatchObject({ name: "CancelledError", kind: "cancelled" });
  });
});
