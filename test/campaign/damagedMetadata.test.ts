/**
 * Campaign, class 7: damaged metadata is reported as damage, naming the part, with nothing written — never as
 * "no baocao data", never as every figure edited by hand, never a crash in English. A document whose metadata
 * was removed cleanly says so, without inventing hand edits.
 */
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withPart } from "../support/damageDocx";
import { runCli } from "../support/runCli";

const fixture = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
const dir = mkdtempSync(join(tmpdir(), "baocao-metadata-"));
const q1 = join(dir, "q1.docx");
const changed = join(dir, "changed.json");
jest.setTimeout(120_000);

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+|TypeError|Cannot read/);

const PART = "customXml/item1.xml";
type Damage = { name: string; change: (xml: string) => string; reason: RegExp };
const damages: Damage[] = [
  { name: "not well-formed (cut short)", change: (x) => x.slice(0, Math.floor(x.length / 2)), reason: /không phải XML hợp lệ/ },
  {
    name: "an entry that is not JSON",
    change: (x) => x.replace(/(<e k="w:[^"]+">)[^<]*/, "$1{không phải json"),
    reason: /JSON sai/,
  },
  { name: "the head that is not JSON", change: (x) => x.replace(/(<e k="head">)/, "$1{"), reason: /JSON sai/ },
  {
    name: "an impossible period (2021-Q9)",
    change: (x) => x.replace("&quot;period&quot;:&quot;2021-Q1&quot;", "&quot;period&quot;:&quot;2021-Q9&quot;"),
    reason: /kỳ báo cáo ghi trong đó không tồn tại/,
  },
  { name: "the head removed", change: (x) => x.replace(/<e k="head">[^<]*<\/e>/, ""), reason: /thiếu phần/ },
];

const operations: { name: string; argv: (f: string, o: string) => string[]; out?: boolean }[] = [
  { name: "scan", argv: (f) => ["scan", f] },
  { name: "check", argv: (f) => ["check", f] },
  { name: "refresh in place", argv: (f) => ["refresh", f, "--data", changed] },
  { name: "refresh --dry-run", argv: (f) => ["refresh", f, "--data", changed, "--dry-run"] },
  { name: "refresh --accept-hand-edits -o", argv: (f, o) => ["refresh", f, "--data", changed, "--accept-hand-edits", "-o", o], out: true },
  { name: "roll -o", argv: (f, o) => ["roll", f, "--to", "2021-H1", "-o", o], out: true },
];

const files = new Map<string, string>();
beforeAll(async () => {
  expect(await runCli("new", "--period", "2021-Q1", "--data", fixture, "-o", q1)).toMatchObject({ code: 0 });
  const figures = JSON.parse(readFileSync(fixture, "utf8")) as { fields: Record<string, unknown> };
  figures.fields["II.1.vbqpplDraftsRegistered"] = 9;
  writeFileSync(changed, JSON.stringify(figures));
  for (const [k, d] of damages.entries()) {
    const file = join(dir, `damaged-${k}.docx`);
    writeFileSync(file, await withPart(readFileSync(q1), PART, d.change));
    files.set(d.name, file);
  }
}, 240_000);

const cases = damages.flatMap((d) => operations.map((o) => [d.name, o.name, d, o] as const));

describe("damaged metadata", () => {
  it.each(cases)("%s, %s: exit 2, the damage named with its part, nothing written", async (_d, _o, damage, op) => {
    const file = files.get(damage.name)!;
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}.docx`);
    const before = readFileSync(file);
    const run = await runCli(...op.argv(file, out));
    const text = run.stdout + run.stderr;
    expect(run.code).toBe(2);
    expect(text).toMatch(/Thông tin của baocao trong văn bản \(phần dữ liệu XML tùy chỉnh của baocao\) bị hỏng/);
    expect(text).toMatch(damage.reason);
    expect(text).not.toMatch(/sửa tay|chưa có thông tin của baocao/);
    noStackTrace(text);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});

describe("damaged metadata, for a program", () => {
  it.each(damages.slice(1).map((d) => [d.name]))("%s: `check --json` names it doc.metadataDamaged", async (name) => {
    const run = await runCli("check", files.get(name)!, "--json");
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as { ready: boolean; items: { code: string }[] };
    expect(out).toMatchObject({ ready: false, items: [{ code: "doc.metadataDamaged" }] });
  });
});

describe("metadata removed cleanly", () => {
  const clean = join(dir, "clean.docx");
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(readFileSync(q1));
    for (const name of Object.keys(zip.files)) if (name.startsWith("customXml/")) zip.remove(name);
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    zip.file("word/_rels/document.xml.rels", rels.replace(/<Relationship [^>]*customXml[^>]*\/>/g, ""));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace(/<Override [^>]*customXml[^>]*\/>/g, ""));
    writeFileSync(clean, await zip.generateAsync({ type: "nodebuffer" }));
  });

  it.each([
    ["scan", ["scan"], 0],
    ["refresh", ["refresh", "--data"], 2],
    ["roll", ["roll", "--to", "2021-H1", "-o"], 2],
  ] as const)("%s says the document has no baocao data and invents no hand edit", async (name, args, code) => {
    const before = readFileSync(clean);
    const out = join(dir, `clean-${name}.docx`);
    const argv =
      name === "scan" ? ["scan", clean] : name === "refresh" ? ["refresh", clean, "--data", changed] : ["roll", clean, ...args.slice(1), out];
    const run = await runCli(...argv);
    expect(run.code).toBe(code);
    expect(run.stdout + run.stderr).toMatch(/chưa có thông tin của baocao/);
    expect(run.stdout + run.stderr).not.toMatch(/sửa tay|bị hỏng/);
    noStackTrace(run.stdout + run.stderr);
    expect(readFileSync(clean).equals(before)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});
