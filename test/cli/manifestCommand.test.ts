import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/** The command as a clerk's IT runs it: the bin, in its own process (office-addin-manifest loads ES modules). */
function runCli(...argv: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, "bin/baocao.cjs"), ...argv], { cwd: root, encoding: "utf8" });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
const hasXmllint = (() => {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("baocao manifest", () => {
  const work = mkdtempSync(join(tmpdir(), "baocao-manifest-test-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const out = join(work, "manifest.xml");

  it("moves every URL under the base, sets id and version, and stays valid against the schemas", () => {
    const id = "0b8c4a5e-1f2d-4e3a-9b7c-6d5e4f3a2b1c";
    const run = runCli("manifest", "--base-url", "https://baocao.dongnai.gov.vn/addin", "--id", id, "--version", "1.4.2", "--from", join(root, "manifest.xml"), "-o", out);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const xml = readFileSync(out, "utf8");
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(urls.filter((u) => !u?.startsWith("https://baocao.dongnai.gov.vn/addin/"))).toEqual([]);
    expect(xml).toContain("https://baocao.dongnai.gov.vn/addin/help.html");
    expect(xml).toMatch(new RegExp(`<Id>${id}</Id>`));
    expect(xml).toContain("<Version>1.4.2.0</Version>");
    expect(xml).not.toContain("localhost");
    if (hasXmllint) execFileSync("bash", [join(root, "scripts/validate-manifest.sh"), out], { stdio: "pipe" });
  });

  it.each([
    [["--base-url", "http://intranet/addin"], "https"],
    [["--base-url", "not a url"], "địa chỉ web"],
    [["--base-url", "https://x.vn", "--id", "abc"], "GUID"],
    [["--base-url", "https://x.vn", "--version", "1.x"], "1.2.3"],
  ])("refuses %j with a usage error and writes nothing", (args, words) => {
    const target = join(work, "refused.xml");
    const run = runCli("manifest", ...args, "-o", target);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain(words);
    expect(existsSync(target)).toBe(false);
  });
});
