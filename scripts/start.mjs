// npm start: certificates for https://localhost:3000, the figures service on its embedded SQLite database
// (https://localhost:3000/api is proxied to it), the task pane and the playground served by webpack.
// Sideloading into desktop Word is attempted only where office-addin-debugging is installed (not on Linux).
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const port = Number(process.env.BAOCAO_PORT ?? 3000);
const apiPort = Number(process.env.BAOCAO_API_PORT ?? 3001);
/** Where the development database and key live (a test points it at a temporary folder). */
const dataDir = process.env.BAOCAO_DATA_DIR ?? join(root, "data");

/**
 * Certificates for https://localhost. Where the system lets a program trust a certificate authority (Windows,
 * macOS), office-addin-dev-certs makes one, installs it (the system asks once) and the localhost certificate it
 * signs is trusted by Word and the browsers. On Linux it only generates them, in .certs/, and the steps to trust
 * the authority by hand are printed: nothing fails, the browser warns until they are followed.
 */
async function certificates() {
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      await devCerts.ensureCertificatesAreInstalled();
      return { cert: devCerts.localhostCertificatePath, key: devCerts.localhostKeyPath, ca: devCerts.caCertificatePath, trusted: true };
    } catch (error) {
      console.warn(`Không cài được chứng chỉ tin cậy (${error instanceof Error ? error.message : error}); dùng chứng chỉ trong .certs/.`);
    }
  }
  const dir = process.env.BAOCAO_CERT_DIR ?? join(root, ".certs");
  const paths = { cert: join(dir, "localhost.crt"), key: join(dir, "localhost.key"), ca: join(dir, "ca.crt") };
  if (!existsSync(paths.cert) || !existsSync(paths.key) || !existsSync(paths.ca)) {
    mkdirSync(dir, { recursive: true });
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key, 30, ["localhost", "127.0.0.1"]);
  }
  return { ...paths, trusted: false };
}

/** What to do by hand where the authority could not be installed (Linux: the system store and the browsers' own). */
function manualTrustSteps(ca) {
  return `
  Chứng chỉ chưa được tin cậy / the certificate is not trusted yet. Làm một lần / once:
    sudo cp ${ca} /usr/local/share/ca-certificates/baocao-dev-ca.crt && sudo update-ca-certificates
    certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "baocao dev CA" -i ${ca}   # Chromium, Edge (libnss3-tools)
    Firefox: Cài đặt › Quyền riêng tư › Chứng chỉ › Nhập… / Settings › Privacy › Certificates › Import… ${ca}
  Cho đến lúc đó, mở https://localhost:${port}/taskpane.html một lần và chấp nhận cảnh báo, nếu không Word trên web
  hiện ngăn trống / until then open the address once and accept the warning, or Word on the web shows a blank pane.
`;
}

const children = [];
let stopping = false;

/** A child in a process group of its own, so that stopping it stops whatever it started (webpack's workers too). */
function run(name, command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env }, detached: process.platform !== "win32" });
  children.push(child);
  child.on("exit", (code, signal) => {
    if (stopping) return;
    if (code !== 0) console.error(`${name} dừng (${signal ?? `mã ${code}`}); dừng tất cả / stopping everything.`);
    stop(code ?? 1);
  });
  return child;
}

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (process.platform === "win32") execFileSync("taskkill", ["/pid", String(child.pid), "/T", "/F"], { stdio: "ignore" });
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Ends every child and its group: SIGTERM, then SIGKILL for whatever still stands after 3 s. */
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) killGroup(child, "SIGTERM");
  const alive = () => children.filter((c) => c.exitCode === null && c.signalCode === null);
  const deadline = Date.now() + 3000;
  const wait = setInterval(() => {
    if (alive().length === 0 || Date.now() > deadline) {
      for (const child of alive()) killGroup(child, "SIGKILL");
      clearInterval(wait);
      process.exit(code);
    }
  }, 50);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(0));

// `npm start` runs this script under a shell that dies of the SIGTERM npm forwards without passing it on: when
// the process that started this one is gone, stop as if signalled.
const parent = process.ppid;
setInterval(() => {
  let gone = process.ppid !== parent;
  try {
    process.kill(parent, 0);
  } catch {
    gone = true;
  }
  if (gone) stop(0);
}, 250).unref();
process.on("exit", () => {
  for (const child of children) killGroup(child, "SIGKILL");
});

/**
 * A key for the pane on this machine: made once with the database (`baocao keys create`), kept beside it,
 * so that "Tải số liệu" works at once. A real deployment gives each agency its own keys.
 */
function developmentKey() {
  const file = join(dataDir, "dev-key.txt");
  if (!existsSync(file)) {
    const out = execFileSync(process.execPath, [join(root, "bin/baocao.cjs"), "keys", "create", "--agency", "sct-dongnai", "--scope", "write", "--label", "npm start", "--db", join(dataDir, "baocao.db")], { encoding: "utf8" });
    const key = out.split("\n").find((line) => line.startsWith("bc."));
    if (key) writeFileSync(file, `${key}\n`);
  }
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

const certs = await certificates();
mkdirSync(dataDir, { recursive: true });
const devKey = developmentKey();
run("Dịch vụ số liệu", process.execPath, [join(root, "bin/baocao.cjs"), "serve", "--port", String(apiPort), "--db", join(dataDir, "baocao.db")]);
run("webpack", process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
  BAOCAO_DEV_CERT: certs.cert,
  BAOCAO_DEV_KEY: certs.key,
  BAOCAO_API_PORT: String(apiPort),
  // The pane's development build fills this key in for the clerk (webpack.config.js).
  BAOCAO_DEV_API_KEY: devKey ?? "",
});

console.log(`
baocao đang chạy / baocao is running
  Ngăn tác vụ (task pane):  https://localhost:${port}/taskpane.html
  Playground (không cần Word): https://localhost:${port}/playground.html
  Dịch vụ số liệu (figures service): http://127.0.0.1:${apiPort}/api/v1/openapi.json (qua https://localhost:${port}/api)
  Tệp kê khai (manifest): ${join(root, "manifest.xml")}
${devKey ? `  Khóa API thử (sct-dongnai, ghi): ${devKey}\n` : ""}
${certs.trusted ? "" : manualTrustSteps(certs.ca)}`);

try {
  require.resolve("office-addin-debugging");
  // Sideloads and returns: its end is not the end of the servers.
  spawn(process.execPath, [require.resolve("office-addin-debugging/cli.js"), "start", join(root, "manifest.xml"), "desktop"], { cwd: root, stdio: "inherit" });
} catch {
  console.log("  Để dùng trong Word: Trang đầu › Phần bổ trợ › Tải lên phần bổ trợ của tôi › chọn manifest.xml.\n");
}
