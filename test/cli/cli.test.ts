import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/runCli";

const root = join(__dirname, "..", "..");
const fixture = join(root, "test/fixtures/figures/sct-dongnai-2021-Q1.json");
const dir = mkdtempSync(join(tmpdir(), "baocao-cli-"));

type Description = {
  sections: { id: string }[];
  tables: { id: string; header: unknown[]; columns: unknown[] }[];
  fields: { key: string; type: string; scope: string }[];
};

describe("baocao template", () => {
  it("describes at least 45 sections from I to V, the eleven tables with their headers, and the prose figures", async () => {
    const run = await runCli("template", "--json");
    expect(run.code).toBe(0);
    const d = JSON.parse(run.stdout) as Description;
    const ids = d.sections.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(45);
    expect(["I", "II", "III", "IV", "V"].every((id) => ids.includes(id))).toBe(true);
    expect(d.tables.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11"]);
    expect(d.tables.every((t) => t.header.length > 0 && t.columns.length > 0)).toBe(true);
    const spec = JSON.parse(readFileSync(join(root, "test/fixtures/seed/prose-fields.json"), "utf8")) as { fields: { key: string; type: string }[] };
    const numeric = spec.fields
      .filter((f) => /integer|percent|ratio/.test(f.type) && !f.key.startsWith("hdr."))
      .map((f) => f.key);
    expect(numeric.length).toBeGreaterThanOrEqual(24);
    expect(numeric.filter((k) => !d.fields.some((f) => f.key === k))).toEqual([]);
  });

  it("prints a readable outline without --json", async () => {
    const run = await runCli("template");
    expect(run.stdout).toContain("II.2.2.2.a");
    expect(run.stdout).toContain("[T2]");
  });
});

describe("baocao figures validate", () => {
  it("accepts the Quý I/2021 fixture", async () => {
    expect(await runCli("figures", "validate", fixture)).toMatchObject({ code: 0 });
  });

  it("rejects a negative count, a percent over 100, text for a number and an unknown key, naming each place in Vietnamese", async () => {
    const bad = JSON.parse(readFileSync(fixture, "utf8"));
    bad.fields["II.1.vbqpplDraftsRegistered"] = -1;
    bad.fields["II.2.2.1.onTimeRatePct"] = 120;
    bad.tables.T2.rows[0].c4 = "hai nghìn";
    bad.fields["II.9.khongCo"] = 1;
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    const run = await runCli("figures", "validate", file, "--json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { issues: { code: string; path: (string | number)[]; message: string }[] };
    expect(report.issues.map((i) => [i.code, i.path.join(".")])).toEqual(
      expect.arrayContaining([
        ["figures.negative", "fields.II.1.vbqpplDraftsRegistered"],
        ["figures.percentOver100", "fields.II.2.2.1.onTimeRatePct"],
        ["figures.notANumber", "tables.T2.rows.0.c4"],
        ["figures.unknownKey", "fields.II.9.khongCo"],
      ]),
    );
    const text = (await runCli("figures", "validate", file)).stdout;
    expect(text).toContain("không được âm");
    expect(text).toContain("vượt quá 100%");
    expect(text).toContain("Bảng “Dịch vụ công trực tuyến mức độ 3, 4”");
    expect(text).toContain("không có trong mẫu báo cáo");
  });
});

describe("user errors", () => {
  it.each([
    [["nope"], 64, "không có lệnh"],
    [["figures", "validate", "/no/such/file.json"], 1, "không tồn tại"],
    [["new", "--data", fixture], 64, "Thiếu --data hoặc -o"],
    [["refresh", "--wat"], 64, "Tham số không hợp lệ"],
    [["roll", join(dir, "x.docx"), "--to", "2021-Q3", "-o", join(dir, "y.docx")], 1, "không hợp lệ"],
  ])("baocao %j exits %i with a message, never a stack trace", async (argv, code, words) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports a file that is not a .docx as a document problem", async () => {
    const file = join(dir, "not.docx");
    writeFileSync(file, "không phải docx");
    const run = await runCli("scan", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không phải văn bản Word");
  });
});

it("runs as npx baocao, through the bin", () => {
  const out = execFileSync(process.execPath, [join(root, "bin/baocao.cjs"), "template", "--json"], { encoding: "utf8" });
  expect((JSON.parse(out) as Description).tables).toHaveLength(11);
});

describe("document problems", () => {
  const made = join(dir, "made.docx");
  beforeAll(async () => {
    expect(await runCli("new", "--data", fixture, "-o", made)).toMatchObject({ code: 0 });
  });

  it("leaves the document untouched when the figures are invalid", async () => {
    const bad = JSON.parse(readFileSync(fixture, "utf8"));
    bad.fields["II.1.vbqpplDraftsRegistered"] = "bảy";
    const file = join(dir, "bad-refresh.json");
    writeFileSync(file, JSON.stringify(bad));
    const before = readFileSync(made);
    const run = await runCli("refresh", made, "--data", file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cần một số");
    expect(readFileSync(made).equals(before)).toBe(true);
  });

  it("names a table whose control was deleted, and exits 2", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(readFileSync(made));
    const xml = await zip.file("word/document.xml")!.async("string");
    // Unwrap the T5 control as a clerk would by deleting it in Word: the table stays, the control goes.
    const start = xml.indexOf('<w:tag w:val="bc:tbl:T5"/>');
    const open = xml.lastIndexOf("<w:sdt>", start);
    const contentStart = xml.indexOf("<w:sdtContent>", start) + "<w:sdtContent>".length;
    let depth = 1;
    let i = contentStart;
    while (depth > 0) {
      const nextOpen = xml.indexOf("<w:sdt>", i);
      const nextClose = xml.indexOf("</w:sdt>", i);
      if (nextOpen !== -1 && nextOpen < nextClose) {
        depth += 1;
        i = nextOpen + 7;
      } else {
        depth -= 1;
        i = nextClose + 8;
      }
    }
    const inner = xml.slice(contentStart, i - "</w:sdtContent></w:sdt>".length);
    zip.file("word/document.xml", xml.slice(0, open) + inner + xml.slice(i));
    const broken = join(dir, "broken.docx");
    writeFileSync(broken, await zip.generateAsync({ type: "nodebuffer" }));
    const run = await runCli("scan", broken);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Bảng “Tinh giản biên chế”");
    expect(run.stderr).toContain("không tìm thấy trong văn bản");
  });
});
