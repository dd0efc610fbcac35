/**
 * `baocao serve --base-path /baocao` behind a reverse proxy that forwards one path of its host: the pane, its help,
 * the manifest's every URL and the API answer under that path, and nothing answers outside it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { startServer, type RunningServer } from "../../src/server/startServer";
import { DIST, ensureProductionBuild, ROOT } from "../browser/support/browser";
import { call } from "./support/http";

const PROXY = "https://solieu.dongnai.gov.vn/baocao/";

describe("baocao serve under a base path", () => {
  const work = mkdtempSync(join(tmpdir(), "baocao-base-"));
  let server: RunningServer | undefined;
  let origin = "";
  beforeAll(async () => {
    ensureProductionBuild();
    server = await startServer({ port: 0, db: join(work, "baocao.db"), staticDir: DIST, basePath: "/baocao/", trustProxy: true });
    origin = new URL(server.url).origin;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("reports its address with the base path", () => {
    expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/baocao$/);
  });

  it("answers 200 at the path of every URL of the manifest made for the proxy's address", async () => {
    const manifest = join(work, "manifest.xml");
    execFileSync(process.execPath, [join(ROOT, "bin", "baocao.cjs"), "manifest", "--base-url", PROXY, "--id", "random", "-o", manifest], { cwd: ROOT });
    const urls = [...new Set([...readFileSync(manifest, "utf8").matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1] ?? ""))];
    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(urls.every((url) => url.startsWith(PROXY))).toBe(true);
    // The proxy forwards the path as it is: https://host/baocao/x reaches the service as /baocao/x.
    const answers = await Promise.all(urls.map(async (url) => [url, (await call(origin, new URL(url).pathname)).status] as const));
    expect(answers.filter(([, status]) => status !== 200)).toEqual([]);
    const help = await call(origin, "/baocao/help.html");
    expect(help.headers.get("content-type")).toMatch(/^text\/html/);
    expect(help.text).toContain("Báo cáo CCHC");
  });

  it("serves the API under it, and describes it there", async () => {
    expect((await call(origin, "/baocao/api/v1/health")).body).toEqual({ status: "ok" });
    expect((await call(origin, "/baocao/api/v1/ready")).body).toEqual({ status: "ready", database: "sqlite" });
    const doc = (await call(origin, "/baocao/api/v1/openapi.json")).body as { servers: { url: string }[] };
    expect(doc.servers).toEqual([{ url: "/baocao/" }]);
    const periods = await call(origin, "/baocao/api/v1/agencies/sct-dongnai/periods");
    expect(periods.status).toBe(401);
  });

  it("sends the folder's bare address to the folder, whose page is the pane", async () => {
    const bare = await fetch(`${origin}/baocao`, { redirect: "manual" });
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe("/baocao/");
    const pane = await call(origin, "/baocao/");
    expect(pane.status).toBe(200);
    expect(pane.text).toContain("taskpane.js");
  });

  it("answers nothing outside it", async () => {
    for (const path of ["/api/v1/health", "/taskpane.html", "/help.html", "/manifest.xml", "/baocaox/taskpane.html"]) {
      expect([path, (await call(origin, path)).status]).toEqual([path, 404]);
    }
  });

  it("refuses a base path that is not one: a usage error naming the rule", async () => {
    const err: string[] = [];
    const code = await main(["serve", "--base-path", "baocao/../x", "--port", "0", "--db", join(work, "x.db"), "--quiet"], { stdout: () => undefined, stderr: (t) => void err.push(t) });
    expect(code).toBe(64);
    expect(err.join("")).toContain("Đường dẫn gốc “baocao/../x” không hợp lệ");
  });
});
