/**
 * The province's deployment as it ships: `docker compose up --build` (the service's image from the Dockerfile, and
 * PostgreSQL) answers ready on PostgreSQL, and serves the pane, its help and its manifest. Needs a running Docker
 * daemon: where there is none the test is skipped by its name (jest lists it as skipped, with the reason).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "../support/freePort";

const ROOT = join(__dirname, "..", "..");
const dockerRuns = spawnSync("docker", ["info", "--format", "{{.ServerVersion}}"], { encoding: "utf8", timeout: 20_000 }).status === 0;
const PROJECT = `baocao-smoke-${process.pid}`;

const compose = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync("docker", ["compose", "-p", PROJECT, "-f", join(ROOT, "docker-compose.yml"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 1_200_000,
    stdio: ["ignore", "pipe", "pipe"],
  });

describe("the deployment files", () => {
  it("build from the lock file only, check readiness, and start the service after PostgreSQL is healthy", () => {
    const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).not.toMatch(/npm install\b/);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/api\/v1\/ready/m);
    expect(dockerfile).toMatch(/serve --host 0\.0\.0\.0 .*--static dist --trust-proxy/);
    const composeFile = readFileSync(join(ROOT, "docker-compose.yml"), "utf8");
    expect(composeFile).toMatch(/^ {2}db:\n {4}image: postgres:/m);
    expect(composeFile).toMatch(/pg_isready/);
    expect(composeFile).toMatch(/depends_on:\n {6}db:\n {8}condition: service_healthy/);
    expect(composeFile).toMatch(/BAOCAO_DB: postgres:\/\/baocao:baocao@db:5432\/baocao/);
    const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n");
    expect(ignored).toEqual(expect.arrayContaining(["node_modules", "dist", "data", ".git"]));
  });
});

const name = dockerRuns ? "docker compose smoke test" : "docker compose smoke test (SKIPPED: no Docker daemon here)";
if (!dockerRuns) console.warn(`\n⚠️  test/deploy/dockerCompose.test.ts SKIPPED: docker info finds no running daemon.\n`);

describe("docker compose", () => {
  afterAll(() => {
    if (!dockerRuns) return;
    spawnSync("docker", ["compose", "-p", PROJECT, "-f", join(ROOT, "docker-compose.yml"), "down", "-v", "--remove-orphans"], { cwd: ROOT, timeout: 120_000 });
  });

  (dockerRuns ? it : it.skip)(`${name}: builds the image, starts it with PostgreSQL, and answers ready, the pane, its help and the manifest`, async () => {
    const port = await freePort();
    compose(["up", "-d", "--build", "--wait", "--wait-timeout", "180"], { BAOCAO_HOST_PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    let ready: Response | undefined;
    for (let tries = 0; tries < 60 && ready?.status !== 200; tries++) {
      ready = await fetch(`${base}/api/v1/ready`).catch(() => undefined);
      if (ready?.status !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(ready?.status).toBe(200);
    expect(await ready?.json()).toEqual({ status: "ready", database: "postgres" });
    for (const path of ["/taskpane.html", "/help.html", "/manifest.xml", "/assets/icon-32.png", "/api/v1/openapi.json"]) {
      expect([path, (await fetch(`${base}${path}`)).status]).toEqual([path, 200]);
    }
    // The service's logs are JSON lines (pino).
    const logs = compose(["logs", "--no-color", "--no-log-prefix", "baocao"]);
    expect(logs.split("\n").some((line) => /^\{.*"reqId"/.test(line))).toBe(true);
  }, 1_500_000);
});
