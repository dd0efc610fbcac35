/**
 * The pane's figures source over the real API client and a loopback server that misbehaves on purpose: the
 * figures arrive; a hung service is cancelled by the pane's AbortController; a refused key, a garbage answer
 * and a dead address become the pane's Vietnamese failure messages.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { figuresSourceFromClient } from "../../src/taskpane/host/figuresSourceFromClient";
import { stringsVi } from "../../src/taskpane/i18n/strings.vi";
import { serviceFailure } from "../../src/taskpane/shared/describeFailure";

const figures = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "figures", "sct-dongnai-2021-Q1.json"), "utf8"),
) as {
  template: string;
  agency: string;
  period: string;
};
const ask = { templateId: figures.template, agencyId: figures.agency, period: figures.period };

let behaviour: "ok" | "unauthorized" | "hang" | "garbage" = "ok";
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (behaviour === "hang") return; // never answers
    if (behaviour === "unauthorized") {
      response
        .writeHead(401, { "content-type": "application/problem+json" })
        .end(JSON.stringify({ title: "Unauthorized", status: 401 }));
      return;
    }
    if (behaviour === "garbage") {
      response.writeHead(200, { "content-type": "application/json", etag: '"1"' }).end("{ not json");
      return;
    }
    expect(request.url).toBe(`/api/v1/figures/${figures.template}/${figures.agency}/${figures.period}`);
    expect(request.headers.authorization).toBe("Bearer secret");
    response.writeHead(200, { "content-type": "application/json", etag: '"1"' }).end(JSON.stringify(figures));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const source = () => figuresSourceFromClient({ baseUrl, apiKey: "secret" }, "vi");

describe("figuresSourceFromClient", () => {
  it("fetches one agency's figures of one period, with progress", async () => {
    behaviour = "ok";
    const progress: number[] = [];
    const got = await source().fetchFigures({
      ...ask,
      signal: new AbortController().signal,
      onProgress: (n) => progress.push(n),
    });
    expect(got).toEqual(figures);
    // Bytes received so far, growing, ending at the whole answer.
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(progress.at(-1)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(figures)));
  });

  it("lets the pane cancel a hung service", async () => {
    behaviour = "hang";
    const controller = new AbortController();
    const pending = source().fetchFigures({ ...ask, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "CancelledError" });
  });

  it.each([
    ["unauthorized", "Khóa truy cập không được chấp nhận"],
    ["garbage", "Dịch vụ trả về số liệu không hợp lệ"],
  ] as const)("turns a %s answer into the pane's message", async (kind, title) => {
    behaviour = kind;
    const error = await source()
      .fetchFigures({ ...ask, signal: new AbortController().signal })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    const failure = serviceFailure(error).words(stringsVi);
    expect(failure.title).toBe(title);
    expect(failure.detail).toBe((error as Error).message);
  });

  it("says the service cannot be reached when nothing listens", async () => {
    const dead = figuresSourceFromClient({ baseUrl: "http://127.0.0.1:9", apiKey: "secret" }, "vi");
    const error = await dead.fetchFigures({ ...ask, signal: new AbortController().signal }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(serviceFailure(error).words(stringsVi).title).toBe("Không kết nối được dịch vụ số liệu");
  }, 30_000);
});
