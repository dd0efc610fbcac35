/**
 * `--lang en` makes every word the command line says to a person English, its mistakes included (read before
 * the command parses its arguments); without it, Vietnamese. A Vietnamese letter in the English output, or an
 * English sentence in the Vietnamese, is a message that ignored the language.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/runCli";

const FIXTURE = join(__dirname, "..", "fixtures", "figures", "sct-dongnai-2021-Q1.json");
/** Letters only Vietnamese writes (with their tone marks), never English. */
const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;

describe("the command line in the clerk's language", () => {
  const dir = mkdtempSync(join(tmpdir(), "baocao-lang-"));
  const report = join(dir, "report.docx");

  beforeAll(async () => {
    expect((await runCli("new", "--data", FIXTURE, "-o", report)).code).toBe(0);
  });

  const mistakes: readonly (readonly string[])[] = [
    ["scan"],
    ["check"],
    ["roll", report, "--to", "2021-Q5", "-o", join(dir, "next.docx")],
    ["scan", report, "--api", "word97"],
    ["scan", report, "--no-such-flag"],
    ["new", "--data", join(dir, "missing.json"), "-o", join(dir, "x.docx")],
    ["refresh", report],
    ["figures", "export", "--period", "2021-Q9", "-o", join(dir, "x.xlsx")],
    ["paste", "--table", "T2", "--fields"],
    ["adopt", report, "-o", join(dir, "a.docx"), "--period", "2021-Q5"],
    ["new", "--data", FIXTURE, "-o", FIXTURE],
  ];

  it.each(mistakes)("tells %s's mistake in English with --lang en, in Vietnamese without", async (...argv) => {
    const en = await runCli(...argv, "--lang", "en");
    expect(en.code).not.toBe(0);
    expect(en.stderr).not.toBe("");
    expect(en.stderr).not.toMatch(VIETNAMESE);
    const vi = await runCli(...argv);
    expect(vi.code).toBe(en.code);
    expect(vi.stderr).toMatch(VIETNAMESE);
  });

  it("describes a report in English: its title, period and source, what it holds", async () => {
    const en = await runCli("scan", report, "--lang", "en");
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Q1 2021");
    expect(en.stdout).toMatch(/The document holds: \d+ sections, \d+ tables/);
    expect(en.stdout).not.toMatch(/Văn bản|Quý|cập nhật/);
    const vi = await runCli("scan", report);
    expect(vi.stdout).toContain("Quý I năm 2021");
    expect(vi.stdout).toMatch(/Văn bản có: \d+ mục, \d+ bảng/);
  });

  it("gives the check's verdict and groups in the pane's words, per language", async () => {
    const en = await runCli("check", report, "--lang", "en");
    const vi = await runCli("check", report);
    expect(en.stdout).toMatch(/^(Ready|Not ready) for signing\./);
    expect(vi.stdout).toMatch(/^(Sẵn sàng|Chưa sẵn sàng) trình ký\./);
    for (const group of ["Must fix before signing", "Worth a look", "Left for the records clerk"])
      if (vi.stdout.includes(group)) throw new Error(`English group “${group}” in the Vietnamese output`);
  });

  it("rolls forward and makes a report telling what it did in English", async () => {
    const made = await runCli("new", "--data", FIXTURE, "-o", join(dir, "en.docx"), "--lang", "en");
    expect(made.stdout).toMatch(/^Made .*en\.docx: the report of Q1 2021 for /);
    const rolled = await runCli("roll", join(dir, "en.docx"), "--to", "2021-H1", "-o", join(dir, "en-h1.docx"), "--lang", "en");
    expect(rolled.code).toBe(0);
    expect(rolled.stdout).toMatch(/^Rolled .* from Q1 2021 to first 6 months of 2021/);
    expect(rolled.stdout).not.toMatch(VIETNAMESE);
  });

  it("says the help and an unknown command in English", async () => {
    const unknown = await runCli("frobnicate", "--lang", "en");
    expect(unknown.stderr).toMatch(/^baocao: there is no command “frobnicate”\.\n[\s\S]*\nCommands:/);
  });
});
