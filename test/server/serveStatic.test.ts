/**
 * One origin for an agency: `baocao manifest --base-url https://127.0.0.1:<port>` against
 * `baocao serve --static dist --cert … --key …` on that port; every URL the production manifest names answers 200,
 * and so do the API's health and the manifest itself.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCertificates } from "office-addin-dev-certs";
import { DIST, ensureProductionBuild, ROOT } from "../browser/support/browser";
import { freePort } from "../support/freePort";

const CLI = join(ROOT, "bin", "baocao.cjs");

function get(url: string, ca: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("baocao serve --static dist behind the production manifest", () => {
  const work = mkdtempSync(join(tmpdir(), "baocao-serve-"));
  let server: ChildProcess | undefined;
  afterAll(() => {
    if (server?.exitCode === null) server.kill("SIGTERM");
    rmSync(work, { recursive: true, force: true });
  });

  it("answers 200 at every URL of the manifest made for its address", async () => {
    ensureProductionBuild();
    const ca = join(work, "ca.crt");
    const cert = join(work, "server.crt");
    const key = join(work, "server.key");
    await generateCertificates(ca, cert, key, 2, ["127.0.0.1", "localhost"]);
    const port = await freePort();
    const base = `https://127.0.0.1:${port}`;
    const manifest = join(work, "manifest.xml");
    execFileSync(process.execPath, [CLI, "manifest", "--base-url", base, "--id", "random", "--version", "1.0.0", "-o", manifest], { cwd: ROOT });

    let output = "";
    server = spawn(process.execPath, [CLI, "serve", "--port", String(port), "--db", join(work, "baocao.db"), "--static", DIST, "--cert", cert, "--key", key], { cwd: ROOT });
    server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const caText = readFileSync(ca, "utf8");
    const end = Date.now() + 60_000;
    for (;;) {
      const ready = await get(`${base}/api/v1/health`, caText).catch(() => undefined);
      if (ready?.status === 200) break;
      if (Date.now() > end || server.exitCode !== null) throw new Error(`baocao serve did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    const urls = [...new Set([...readFileSync(manifest, "utf8").matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1] ?? ""))];
    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(urls.every((url) => url.startsWith(`${base}/`))).toBe(true);
    const answers = await Promise.all([...urls, `${base}/manifest.xml`, `${base}/api/v1/health`].map(async (url) => [url, (await get(url, caText)).status] as const));
    expect(answers.filter(([, status]) => status !== 200)).toEqual([]);

    const help = await get(`${base}/help.html`, caText);
    expect(help.type).toMatch(/^text\/html/);
    expect(help.body).toContain("Cập nhật số liệu trước khi ký");
    expect((await get(`${base}/../package.json`, caText)).status).toBe(404);
    expect((await get(`${base}/%2e%2e/package.json`, caText)).status).toBe(404);
  }, 360_000);
});
