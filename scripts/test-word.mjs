// npm run test:word: the add-in's compatibility self-test run inside a real Word, its results collected by
// Microsoft's office-addin-test-server (HTTPS on port 4201 with the development certificates). The pane's
// "Kiểm tra tương thích" posts its report there (office-addin-test-helpers' sendTestResults) whenever the
// server answers its ping. Where no Word is installed — Linux, a CI runner — it says so and exits 0, having
// run nothing: no result is made up.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
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

async function main() {
  const word = findWord();
  if (!word) {
    console.log(`${NO_WORD}\n(${process.platform}; baocao selftest --api … chạy cùng các kiểm tra trên Word giả lập.)`);
    return 0;
  }
  const { TestServer } = require("office-addin-test-server");
  const server = new TestServer(port);
  await server.startTestServer(true);
  console.log(
    [
      `Word: ${word}`,
      `Máy chủ nhận kết quả: https://localhost:${port}. Mở Word với add-in (npm start), mở một văn bản trắng,`,
      "bấm “Kiểm tra tương thích” trong ngăn baocao: kết quả được gửi về đây.",
      `Waiting up to ${waitSeconds} s for the pane's self-test report…`,
    ].join("\n"),
  );
  const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), waitSeconds * 1000).unref());
  const report = await Promise.race([server.getTestResults(), timeout]);
  await server.stopTestServer();
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
