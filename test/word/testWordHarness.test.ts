/**
 * `npm run test:word` runs the self-test inside a real Word through office-addin-test-server; on a machine
 * without Word it says so and exits 0 without pretending to have run anything.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const script = join(root, "scripts", "test-word.mjs");

it("without Word, says that nothing ran inside Word and exits 0, reporting no check as passed", () => {
  if (process.platform === "win32" || process.platform === "darwin") return; // a machine that may have Word
  const run = spawnSync(process.execPath, [script], { encoding: "utf8", timeout: 30_000 });
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("No Word is installed on this machine: no test was run inside Word");
  expect(run.stdout).toContain("Không có Word trên máy này");
  expect(run.stdout).not.toMatch(/[✓✗]/u);
});

it("finds desktop Word where Office installs it, and nothing on Linux", () => {
  const probe = (platform: string, installed: string) =>
    execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { findWord } from ${JSON.stringify(script)};
         const found = findWord(${JSON.stringify(platform)}, { ProgramFiles: "C:/Program Files" }, (p) => p.replace(/\\\\/g, "/").includes(${JSON.stringify(installed)}));
         process.stdout.write(String(found));`,
      ],
      { encoding: "utf8" },
    );
  expect(probe("win32", "root/Office16/WINWORD.EXE")).toMatch(/WINWORD\.EXE$/);
  expect(probe("win32", "nowhere")).toBe("undefined");
  expect(probe("darwin", "Microsoft Word.app")).toBe("/Applications/Microsoft Word.app");
  expect(probe("linux", "")).toBe("undefined");
});
