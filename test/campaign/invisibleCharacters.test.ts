/**
 * Campaign, class 6: invisible characters never turn into false hand edits. Text from outside is normalised
 * once, where figures come in (cleanText in parseFigures: NFC, one line, no control characters, lone surrogates
 * or bidirectional controls), so the text recorded as written is the text the document reads back: a fresh
 * report has no hand edits and a refresh with the same figures changes nothing. A clerk's text in the other
 * Unicode normal form is the same text. What reaches the terminal never carries a raw control character.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanText, sameText } from "../../src/domain/figures/cleanText";
import { parseFigures } from "../../src/domain/figures/parseFigures";
import type { Figures } from "../../src/domain/figures/schema";
import { escapeXml } from "../../src/domain/render/xml";
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";
import { withPart } from "../support/damageDocx";
import { runCli } from "../support/runCli";

const fixture = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
const seed = JSON.parse(readFileSync(fixture, "utf8")) as Figures;
const dir = mkdtempSync(join(tmpdir(), "baocao-invisible-"));

jest.setTimeout(120_000);

/** Any character that would act on a terminal or reorder a line. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

type Json = { fields: Record<string, unknown>; tables: Record<string, { rows: Record<string, unknown>[] }> };
const CELL = "Thủ tục Cấp giấy phép";
const cases: { name: string; text: string; shown: string }[] = [
  { name: "NUL and BEL", text: `${CELL}\u0000\u0007`, shown: CELL },
  { name: "ESC and a terminal command", text: `\u001b[2J${CELL}\u001b[0m`, shown: `[2J${CELL}[0m` },
  { name: "DEL and C1's CSI", text: `${CELL}\u007f\u009b31m`, shown: `${CELL}31m` },
  { name: "a lone high surrogate", text: `${CELL}\ud83d`, shown: CELL },
  { name: "a lone low surrogate", text: `\ude00${CELL}`, shown: CELL },
  { name: "a right-to-left override", text: "2020, \u202e2021", shown: "2020, 2021" },
  { name: "isolates and marks", text: "\u2067Quý I\u2069\u200f/2021\u200e", shown: "Quý I/2021" },
  { name: "zero-width space and BOM", text: "\ufeffQuý\u200b I", shown: "Quý I" },
  { name: "tab, CR LF and a form feed", text: `Dòng 1\r\nDòng 2\tcột\f`, shown: "Dòng 1 Dòng 2 cột " },
  { name: "decomposed Vietnamese (NFD)", text: "Quý I năm 2021 của Sở Công Thương".normalize("NFD"), shown: "Quý I năm 2021 của Sở Công Thương" },
];

describe("what comes in is what the document holds", () => {
  test.each(cases)("$name: parseFigures keeps the text the document will show", ({ text, shown }) => {
    const figures = structuredClone(seed) as unknown as Json;
    figures.tables.T1!.rows[0]!.c2 = text;
    figures.fields["II.1.programRange"] = text;
    const { value, issues } = parseFigures(figures, cchcQuarterlySct);
    expect(issues).toEqual([]);
    expect(value!.tables.T1!.rows[0]!.c2).toBe(shown);
    expect(value!.fields["II.1.programRange"]).toBe(shown);
  });

  test.each(cases)("$name: new, then check and refresh with the same figures: no hand edit, no change", async ({ name, text }) => {
    const figures = structuredClone(seed) as unknown as Json;
    figures.tables.T1!.rows[0]!.c2 = text;
    figures.fields["II.1.programRange"] = text;
    const data = join(dir, `${name.replace(/\W+/g, "-")}.json`);
    const report = join(dir, `${name.replace(/\W+/g, "-")}.docx`);
    writeFileSync(data, JSON.stringify(figures));
    const made = await runCli("new", "--period", "2021-Q1", "--data", data, "-o", report);
    expect(made.code).toBe(0);
    const check = await runCli("check", report, "--json");
    const items = (JSON.parse(check.stdout) as { items: { code: string }[] }).items;
    expect(items.filter((i) => i.code === "doc.handEdited")).toEqual([]);
    const refresh = await runCli("refresh", report, "--data", data, "--dry-run", "--json");
    expect(refresh.code).toBe(0);
    const plan = JSON.parse(refresh.stdout) as { changes: unknown[]; conflicts: unknown[] };
    expect(plan).toMatchObject({ changes: [], conflicts: [] });
    for (const out of [made, check, refresh]) expect(out.stdout + out.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe("the clerk's text in the other normal form is the same text", () => {
  test("a whole report rewritten decomposed (NFD): check finds no hand edit, refresh changes nothing", async () => {
    const nfc = join(dir, "nfc.docx");
    const nfd = join(dir, "nfd.docx");
    expect((await runCli("new", "--period", "2021-Q1", "--data", fixture, "-o", nfc)).code).toBe(0);
    const decomposed = await withPart(readFileSync(nfc), "word/document.xml", (xml) => xml.normalize("NFD"));
    writeFileSync(nfd, decomposed);
    expect(readFileSync(nfd).equals(readFileSync(nfc))).toBe(false);
    const check = await runCli("check", nfd, "--json");
    const items = (JSON.parse(check.stdout) as { items: { code: string }[] }).items;
    expect(items.filter((i) => i.code === "doc.handEdited")).toEqual([]);
    const refresh = await runCli("refresh", nfd, "--data", fixture, "--dry-run", "--json");
    expect(JSON.parse(refresh.stdout)).toMatchObject({ changes: [], conflicts: [] });
  });

  test("sameText: NFC and NFD Vietnamese compare equal, different words do not", () => {
    expect(sameText("Quý I/2021", "Quý I/2021".normalize("NFD"))).toBe(true);
    expect(sameText("Quý I/2021", "Quý II/2021")).toBe(false);
  });
});

describe("the terminal never receives a raw control character", () => {
  test.each([
    ["an unknown key with ESC", "\u001b]0;owned\u0007"],
    ["an unknown key with an override", "\u202eabc"],
    ["an unknown key with C1's CSI", "\u009b2J"],
  ])("%s: figures validate names it, escaped", async (_name, key) => {
    const figures = structuredClone(seed) as unknown as Json;
    figures.fields[key] = 1;
    const file = join(dir, `key-${key.codePointAt(0)}.json`);
    writeFileSync(file, JSON.stringify(figures));
    for (const argv of [["figures", "validate", file], ["figures", "validate", file, "--json"]]) {
      const run = await runCli(...argv);
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
      const escaped = `\\u${key.charCodeAt(0).toString(16).padStart(4, "0")}`;
      expect(run.stdout + run.stderr).toContain(escaped);
    }
    // --json stays JSON, and the key reads back as it was.
    const json = await runCli("figures", "validate", file, "--json");
    const report = JSON.parse(json.stdout) as { issues: { path: unknown[] }[] };
    expect(report.issues.some((i) => i.path.includes(key))).toBe(true);
  });
});

describe("any text (fast-check, 1,000 runs)", () => {
  const anyText = fc.string({
    unit: fc.oneof(
      fc.constantFrom("\u0000", "\u001b", "\u007f", "\u009b", "\u202e", "\u2066", "\u200b", "\ufeff", "\t", "\r", "\n", "\ud800", "\udc00"),
      fc.constantFrom("a", "ệ", "e\u0323\u0302", "Q", "ư", "\u0301", " ", "/", "1"),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
    ),
    maxLength: 40,
  });

  test("cleanText: what is recorded is exactly what the document holds, in NFC, and cleaning twice changes nothing", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const clean = cleanText(text);
        // The document drops what XML cannot carry: nothing is left for it to drop.
        expect(escapeXml(clean)).toBe(clean.replace(/[&<>"']/g, (c) => escapeXml(c)));
        expect(clean.normalize("NFC")).toBe(clean);
        expect(cleanText(clean)).toBe(clean);
        expect(clean).not.toMatch(RAW_CONTROL);
        expect(sameText(text, clean)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
