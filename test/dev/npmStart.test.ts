import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../support/freePort";

const root = join(__dirname, "..", "..");

/** Whether something accepts connections on the port, on 127.0.0.1 or ::1 ("localhost" may be either). */
async function listening(port: number): Promise<boolean> {
  const tryHost = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
  return (await tryHost("127.0.0.1")) || (await tryHost("::1"));
}

async function until(what: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await what()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return what();
}

describe("npm start", () => {
  let start: ChildProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "baocao-start-"));
  afterAll(() => {
    if (start?.pid && start.exitCode === null) start.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("frees both of its ports within 5 s of SIGTERM to its process", async () => {
    const [port, apiPort] = [await freePort(), await freePort()];
    let output = "";
    start = spawn("npm", ["start"], {
      cwd: root,
      env: { ...process.env, BAOCAO_PORT: String(port), BAOCAO_API_PORT: String(apiPort), BAOCAO_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    start.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    start.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

    const up = await until(async () => (await listening(port)) && (await listening(apiPort)), 150_000);
    if (!up) throw new Error(`npm start did not listen on ${port} and ${apiPort}:\n${output}`);

    start.kill("SIGTERM");
    const freed = await until(async () => !(await listening(port)) && !(await listening(apiPort)), 5_000);
    expect({ freed, port: await listening(port), apiPort: await listening(apiPort) }).toEqual({ freed: true, port: false, apiPort: false });
  }, 180_000);
});
