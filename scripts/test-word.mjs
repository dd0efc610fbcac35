// npm run test:word: the add-in's compatibility self-test run inside a real Word, its results collected by
// Microsoft's office-addin-test-server (HTTPS on port 4201 with the development certificates), as Microsoft's
// add-in templates test inside Office: office-addin-debugging (where installed) sideloads the add-in into desktop
// Word, the development pane finds the server waiting and runs "Kiểm tra tương thích" on a hidden document by
// itself, posting its report (office-addin-test-helpers' sendTestResults); the exit code is the report's verdict.
// Where no Word is installed — Linux, a CI runner — it says so and exits 0, having run nothing: no result is
// made up.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.BAOCAO_TEST_WORD_PORT ?? 4201);
const waitSeconds = Number(process.env.BAOCAO_TEST_WORD_WAIT ?? 300);

/** Where desktop Word lives, by platform; undefined when it is not installed. */
export function findWord(platform = process.platform, env = process.env, exists = existsSync) {
  const candidates =
    platform === "win32"
      ? [env.ProgramFiles, env["ProgramFiles(x86)"]]
          .filter(Boolean)
          .flatMap((dir) => [join(dir, "Microsoft Office", "root", "Office16", "WINWORD.EXE"), join(dir, "Microsoft Office", "Office16", "WINWORD.EXE")])
      : platform === "darwin"
        ? ["/Applications/Microsoft Word.app"]
        : [];
  return candidates.find((path) => exists(path));
}

export const NO_WORD =
  "Không có Word trên máy này: chưa chạy kiểm tra nào trong Word (không có kết quả nào được coi là đạt).\n" +
  "No Word is installed on this machine: no test was run inside Word (nothing is reported as passed).";

/**
 * How Word gets the add-in and its pages: Microsoft's office-addin-debugging, where it is installed (an optional
 * dependency: it does not install on Linux), starts `npm start` unless the pane already answers on its port,
 * registers manifest.xml with desktop Word and opens Word with the pane; `stop` undoes both. Without it the
 * servers are started here and the clerk's own sideloading steps are printed. Exported for the tests.
 */
export function sideloadPlan(root, hasDebugging, devPort = 3000) {
  const manifest = join(root, "manifest.xml");
  if (!hasDebugging) {
    return {
      serve: [join(root, "scripts", "start.mjs")],
      manual: [
        "office-addin-debugging chưa được cài: nạp add-in bằng tay / is not installed: sideload by hand —",
        `  Word: Trang đầu › Phần bổ trợ › Tải lên phần bổ trợ của tôi › ${manifest}`,
        "  (Windows: thư mục dùng chung trong Trust Center, xem README / a shared folder catalog, see the README).",
      ],
    };
  }
  const cli = ["office-addin-debugging", "cli.js"];
  return {
    start: [...cli, "start", manifest, "desktop", "--app", "word", "--dev-server", "npm start", "--dev-server-port", String(devPort), "--no-debug", "--no-live-reload"],
    stop: [...cli, "stop", manifest, "desktop"],
  };
}

function hasModule(name) {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** Runs a node script of a package (or of the project) and resolves with its exit code. */
function runNode(args, { wait = true } = {}) {
  const [pkgOrPath, ...rest] = args;
  const script = pkgOrPath.endsWith(".mjs") ? pkgOrPath : require.resolve(`${pkgOrPath}/${rest.shift()}`);
  const child = spawn(process.execPath, [script, ...rest], { stdio: "inherit", detached: process.platform !== "win32" });
  if (!wait) return child;
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

function stopGroup(child) {
  if (!child || child.exitCode !== null) return;
  try {
    if (process.platform === "win32") child.kill();
    else process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

async function main() {
  const word = findWord();
  if (!word) {
    console.log(`${NO_WORD}\n(${process.platform}; baocao selftest --api … chạy cùng các kiểm tra trên Word giả lập.)`);
    return 0;
  }
  const { TestServer } = require("office-addin-test-server");
  const server = new TestServer(port);
  await server.startTestServer(true);
  const plan = sideloadPlan(root, hasModule("office-addin-debugging"));
  let servers;
  if (plan.start) {
    // Word opens with the pane; the development pane runs the self-test on a hidden document by itself when
    // it finds this server waiting (src/taskpane/host/wordSelfTest.ts), and posts the report here.
    await runNode(plan.start);
  } else {
    servers = runNode(plan.serve, { wait: false });
    console.log(plan.manual.join("\n"));
  }
  console.log(
    [
      `Word: ${word}`,
      `Máy chủ nhận kết quả: https://localhost:${port}. Ngăn baocao tự chạy “Kiểm tra tương thích” trên một văn bản ẩn`,
      "khi thấy máy chủ này; nơi Word không có văn bản ẩn, bấm nút đó trong ngăn trên một văn bản trắng.",
      `Waiting up to ${waitSeconds} s for the pane's self-test report…`,
    ].join("\n"),
  );
  const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), waitSeconds * 1000).unref());
  const report = await Promise.race([server.getTestResults(), timeout]);
  await server.stopTestServer();
  if (plan.stop) await runNode(plan.stop);
  stopGroup(servers);
  if (!report) {
    console.log("Không nhận được kết quả nào từ Word: kiểm tra chưa chạy. / No report came from Word: nothing was tested.");
    return 1;
  }
  for (const check of report.checks ?? []) console.log(`  ${check.status === "passed" ? "✓" : check.status === "failed" ? "✗" : "–"} ${check.id}${check.detail ? ` — ${check.detail}` : ""}`);
  console.log(`Word ${report.host?.version ?? "?"} (${report.host?.platform ?? "?"}), ${JSON.stringify(report.host?.sets ?? {})}`);
  return report.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(/[\\/]/).pop())) {
  main().then((code) => process.exit(code), (error) => {
    console.error(`test:word: ${error instanceof Error ? error.message : error}`);
    process.exit(3);
  });
}
