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

it("sideloads into desktop Word through office-addin-debugging where it is installed, and says how by hand where not", () => {
  const plan = (hasDebugging: boolean) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ["--input-type=module", "-e", `import { sideloadPlan } from ${JSON.stringify(script)}; process.stdout.write(JSON.stringify(sideloadPlan("/repo", ${hasDebugging}, 3000)));`],
        { encoding: "utf8" },
      ),
    ) as { start?: string[]; stop?: string[]; serve?: string[]; manual?: string[] };
  const withDebugging = plan(true);
  expect(withDebugging.start).toEqual(expect.arrayContaining(["start", join("/repo", "manifest.xml"), "desktop", "--app", "word", "--dev-server", "npm start", "--dev-server-port", "3000"]));
  expect(withDebugging.stop).toEqual(expect.arrayContaining(["stop", join("/repo", "manifest.xml")]));
  expect(withDebugging.manual).toBeUndefined();
  const byHand = plan(false);
  expect(byHand.start).toBeUndefined();
  expect(byHand.serve).toEqual([join("/repo", "scripts", "start.mjs")]);
  expect(byHand.manual?.join("\n")).toContain(join("/repo", "manifest.xml"));
});
