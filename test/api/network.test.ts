import { createServer } from "node:net";
import { createFiguresClient, type FiguresClientOptions } from "../../src/api";
import { seedFigures } from "../server/support/startTestService";
import { drop, firstThen, hang, json, startLoopbackServer, trickle, type Behaviour, type LoopbackServer } from "./support/loopbackServer";

const Q1 = { template: "cchc-quarterly-sct", agency: "sct-dongnai", period: "2021-Q1" };
const figuresAnswer = json(200, seedFigures(), { etag: '"v1"' });
const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (e: unknown) => e);

describe("the client over a bad network", () => {
  let server: LoopbackServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function clientOf(behaviour: Behaviour, options: Partial<FiguresClientOptions> = {}) {
    server = await startLoopbackServer(behaviour);
    return createFiguresClient({ baseUrl: server.url, apiKey: "bc.key", timeoutMs: 300, retries: 2, retryDelayMs: 10, ...options });
  }

  it("gives up on a service that hangs with a TimeoutError, without retrying", async () => {
    const client = await clientOf(hang);
    const started = Date.now();
    const error = await failure(client.getFigures(Q1));
    expect(error).toMatchObject({ name: "TimeoutError", kind: "timeout", message: "Dịch vụ số liệu không trả lời sau 0.3 giây. Hãy thử lại sau." });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server?.count()).toBe(1);
  });

  it("times out a service that sends headers and then trickles the body", async () => {
    const client = await clientOf(trickle, { timeoutMs: 500 });
    expect(await failure(client.getFigures(Q1))).toMatchObject({ name: "TimeoutError" });
  });

  it("retries a GET whose connection was dropped, and succeeds", async () => {
    const client = await clientOf(firstThen(2, drop, figuresAnswer));
    expect(await client.getFigures(Q1)).toEqual({ figures: seedFigures(), etag: '"v1"' });
    expect(server?.count()).toBe(3);
  });

  it("gives up after its retries with a NetworkError", async () => {
    const client = await clientOf(drop);
    const error = await failure(client.getFigures(Q1));
    expect(error).toMatchObject({ name: "NetworkError", kind: "network" });
    expect((error as Error).message).toMatch(/^Không kết nối được với dịch vụ số liệu/);
    expect(server?.count()).toBe(3);
  });

  it("reports a refused connection as a NetworkError", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = createFiguresClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: "k", retries: 1, retryDelayMs: 5 });
    expect(await failure(client.listAgencies())).toMatchObject({ name: "NetworkError", message: expect.stringContaining("ECONNREFUSED") });
  });

  it("retries a 5xx, and succeeds when the service recovers", async () => {
    const client = await clientOf(firstThen(1, json(503, { type: "x", title: "Bận", status: 503 }), figuresAnswer));
    expect((await client.getFigures(Q1)).etag).toBe('"v1"');
    expect(server?.count()).toBe(2);
  });

  it("gives up on a lasting 5xx with a ServiceError that names the status", async () => {
    const client = await clientOf(json(500, "<html>Internal Server Error</html>"));
    expect(await failure(client.getFigures(Q1))).toMatchObject({ name: "ServiceError", status: 500, message: "Dịch vụ số liệu gặp lỗi (mã 500)." });
    expect(server?.count()).toBe(3);
  });

  it.each([
    [404, "NotFoundError"],
    [401, "UnauthorizedError"],
    [400, "ValidationError"],
    [429, "ServiceError"],
  ])("does not retry a %i (%s)", async (status, name) => {
    const client = await clientOf(json(status, { type: "urn:x", title: "t", status }));
    expect(await failure(client.getFigures(Q1))).toMatchObject({ name, status });
    expect(server?.count()).toBe(1);
  });

  it("does not retry a PUT without If-Match, nor an import", async () => {
    const client = await clientOf(drop);
    expect(await failure(client.putFigures(seedFigures(), undefined))).toMatchObject({ name: "NetworkError" });
    expect(await failure(client.importData(Q1, { text: "a\t1", format: "csv" }))).toMatchObject({ name: "NetworkError" });
    expect(server?.count()).toBe(2);
  });

  it("retries a PUT with If-Match, and recognises its own write when the first answer was lost", async () => {
    const behaviour: Behaviour = (request, response, n) => {
      if (request.method === "PUT" && n === 1) return drop(request, response, n);
      if (request.method === "PUT") return json(412, { type: "urn:baocao:problem:precondition-failed", title: "t", status: 412 })(request, response, n);
      return json(200, seedFigures(), { etag: '"v2"' })(request, response, n);
    };
    const client = await clientOf(behaviour);
    expect(await client.putFigures(seedFigures(), '"v1"')).toEqual({ figures: seedFigures(), etag: '"v2"' });
    expect(server?.count()).toBe(3);
  });

  it.each([
    ["HTML", json(200, "<html><body>Trang đăng nhập Wi-Fi</body></html>", { etag: '"v1"' })],
    ["truncated JSON", json(200, '{"template": "cchc-quarterly-sct", "fie', { etag: '"v1"' })],
    ["JSON of another shape", json(200, { hello: "world" }, { etag: '"v1"' })],
    ["figures with a wrong value type", json(200, { ...seedFigures(), fields: { a: [1, 2] } }, { etag: '"v1"' })],
    ["another agency's figures", json(200, { ...seedFigures(), agency: "so-khac" }, { etag: '"v1"' })],
    ["figures without an ETag", json(200, seedFigures())],
  ])("refuses an answer of %s with an InvalidAnswerError", async (_what, behaviour) => {
    const client = await clientOf(behaviour);
    const error = await failure(client.getFigures(Q1));
    expect(error).toMatchObject({ name: "InvalidAnswerError", kind: "invalidAnswer" });
    expect((error as Error).message).toMatch(/^Dịch vụ số liệu trả lời dữ liệu không đúng định dạng/);
  });

  it("refuses garbage in the other answers too", async () => {
    const client = await clientOf(json(200, { agencies: [{ id: "DROP TABLE", name: 1 }] }));
    expect(await failure(client.listAgencies())).toMatchObject({ name: "InvalidAnswerError" });
  });

  it("aborts a request in flight when the caller cancels", async () => {
    const client = await clientOf(hang, { timeoutMs: 10_000 });
    const controller = new AbortController();
    const started = Date.now();
    const pending = failure(client.getFigures(Q1, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ name: "CancelledError", message: "Đã hủy yêu cầu." });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("stops waiting between retries when the caller cancels", async () => {
    const client = await clientOf(drop, { retryDelayMs: 5_000, maxRetryDelayMs: 5_000 });
    const controller = new AbortController();
    const started = Date.now();
    const pending = failure(client.getFigures(Q1, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    expect(await pending).toMatchObject({ name: "CancelledError" });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(server?.count()).toBe(1);
  });

  it("reports the bytes received", async () => {
    const client = await clientOf(figuresAnswer);
    const seen: number[] = [];
    await client.getFigures(Q1, { onProgress: (n) => seen.push(n) });
    expect(seen.at(-1)).toBe(Buffer.byteLength(JSON.stringify(seedFigures())));
  });
});
