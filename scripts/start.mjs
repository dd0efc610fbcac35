// npm start: certificates for https://localhost:3000, the figures service on its embedded SQLite database
// (https://localhost:3000/api is proxied to it), the task pane and the playground served by webpack.
// Sideloading into desktop Word is attempted only where office-addin-debugging is installed (not on Linux).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const port = Number(process.env.BAOCAO_PORT ?? 3000);
const apiPort = Number(process.env.BAOCAO_API_PORT ?? 3001);

async function certificates() {
  const officeDir = join(homedir(), ".office-addin-dev-certs");
  if (existsSync(join(officeDir, "localhost.crt")) && existsSync(join(officeDir, "localhost.key"))) {
    return { cert: join(officeDir, "localhost.crt"), key: join(officeDir, "localhost.key"), trusted: true };
  }
  const dir = join(root, ".certs");
  const cert = join(dir, "localhost.crt");
  const key = join(dir, "localhost.key");
  if (!existsSync(cert) || !existsSync(key)) {
    const selfsigned = require("selfsigned");
    const notAfterDate = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    const pems = await selfsigned.generate([{ name: "commonName", value: "localhost" }], {
      keySize: 2048,
      algorithm: "sha256",
      notAfterDate,
      extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] }],
    });
    mkdirSync(dir, { recursive: true });
    writeFileSync(cert, pems.cert);
    writeFileSync(key, pems.private);
  }
  return { cert, key, trusted: false };
}

function run(name, command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => {
    if (code !== 0 && code !== null) console.error(`${name} dừng với mã ${code}`);
    process.exit(code ?? 0);
  });
  return child;
}

/**
 * A key for the pane on this machine: made once with the database (`baocao keys create`), kept beside it,
 * so that "Tải số liệu" works at once. A real deployment gives each agency its own keys.
 */
function developmentKey() {
  const file = join(root, "data/dev-key.txt");
  if (!existsSync(file)) {
    const out = execFileSync(process.execPath, [join(root, "bin/baocao.cjs"), "keys", "create", "--agency", "sct-dongnai", "--scope", "write", "--label", "npm start", "--db", join(root, "data/baocao.db")], { encoding: "utf8" });
    const key = out.split("\n").find((line) => line.startsWith("bc."));
    if (key) writeFileSync(file, `${key}\n`);
  }
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

const certs = await certificates();
mkdirSync(join(root, "data"), { recursive: true });
const devKey = developmentKey();
const service = run("Dịch vụ số liệu", process.execPath, [join(root, "bin/baocao.cjs"), "serve", "--port", String(apiPort), "--db", join(root, "data/baocao.db")]);
const web = run("webpack", process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
  BAOCAO_DEV_CERT: certs.cert,
  BAOCAO_DEV_KEY: certs.key,
  BAOCAO_API_PORT: String(apiPort),
});

console.log(`
baocao đang chạy / baocao is running
  Ngăn tác vụ (task pane):  https://localhost:${port}/taskpane.html
  Playground (không cần Word): https://localhost:${port}/playground.html
  Dịch vụ số liệu (figures service): http://127.0.0.1:${apiPort}/api/v1/openapi.json (qua https://localhost:${port}/api)
  Tệp kê khai (manifest): ${join(root, "manifest.xml")}
${devKey ? `  Khóa API thử (sct-dongnai, ghi): ${devKey}\n` : ""}
${certs.trusted ? "" : "  Chứng chỉ tự ký trong .certs/: trình duyệt sẽ cảnh báo lần đầu (self-signed certificate).\n"}`);

try {
  require.resolve("office-addin-debugging");
  run("office-addin-debugging", process.execPath, [require.resolve("office-addin-debugging/cli.js"), "start", join(root, "manifest.xml"), "desktop"]);
} catch {
  console.log("  Để dùng trong Word: Trang đầu › Phần bổ trợ › Tải lên phần bổ trợ của tôi › chọn manifest.xml.\n");
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    service.kill(signal);
    web.kill(signal);
  });
}
