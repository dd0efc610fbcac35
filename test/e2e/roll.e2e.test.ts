import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Figures } from "../../src/domain/figures/schema";
import { textOutsideValueControls, valueControlTexts } from "../support/docxText";
import { runCli, runCliJson } from "../support/runCli";
import { BLANK_MARK } from "../../src/word/controlText";

const dir = mkdtempSync(join(tmpdir(), "baocao-roll-"));
const q1: Figures = JSON.parse(readFileSync(join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json"), "utf8"));

type Rows = Record<string, { rows: Record<string, unknown>[] }>;

/**
 * The figures a clerk would bring for a period: the Q1 fixture moved to that period, T6/T7 filled up to the
 * period's column with values that grow, T10 moved on, and T8 corrected (the seed's T8 breaks done ≤ total).
 */
function figuresFor(code: string, last: string): Figures {
  const f = structuredClone(q1) as Figures & { tables: Rows };
  const year = Number(code.slice(0, 4));
  const kinds = ["Q1", "H1", "M9", "Y"];
  const k = kinds.indexOf(code.slice(5));
  f.period = code;
  f.dataWindow = { from: `${year}-01-01`, to: last };
  f.asOfDate = last.replace(/-01$/, "-02");
  for (const id of ["T6", "T7"]) {
    f.tables[id]!.rows.forEach((row, r) => {
      ["c3", "c4", "c5", "c6"].forEach((c, i) => (row[c] = i <= k ? r + i + year - 2021 : null));
      row.c2 = year === 2021 ? (row.c2 ?? null) : 100 + r;
    });
  }
  f.tables.T8!.rows[0]!.c1 = 1;
  f.tables.T10!.rows.forEach((row, r) => (row.c3 = 60 - r + k));
  return f;
}

const steps = [
  { to: "2021-H1", last: "2021-06-01", label: "06 tháng đầu năm 2021", slash: "06 tháng đầu năm 2021", range: "từ 01/01/2021 đến ngày 01/06/2021", asOf: "02/06/2021", year: "2021", prevYear: "2020" },
  { to: "2021-M9", last: "2021-09-01", label: "09 tháng đầu năm 2021", slash: "09 tháng đầu năm 2021", range: "từ 01/01/2021 đến ngày 01/09/2021", asOf: "02/09/2021", year: "2021", prevYear: "2020" },
  { to: "2021-Y", last: "2021-12-01", label: "năm 2021", slash: "năm 2021", range: "từ 01/01/2021 đến ngày 01/12/2021", asOf: "02/12/2021", year: "2021", prevYear: "2020" },
  { to: "2022-Q1", last: "2022-03-01", label: "Quí I năm 2022", slash: "Quí I/2022", range: "từ 01/01/2022 đến ngày 01/03/2022", asOf: "02/03/2022", year: "2022", prevYear: "2021" },
] as const;

/** The văn thư numbers and dates the signed report: the roll must give the next one blank. */
async function registered(path: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")!.async("string")).replace(
    /(<w:tag w:val="bc:hdr:docNumber"\/>[\s\S]*?<w:sdtContent>)([\s\S]*?)(<\/w:sdtContent>)/,
    "$1<w:r><w:t>15</w:t></w:r>$3",
  );
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

const one = (texts: Map<string, string[]>, tag: string) => {
  const all = texts.get(tag) ?? [];
  expect(new Set(all).size).toBeLessThanOrEqual(1);
  return all[0];
};

describe("rolling a Quý I/2021 report through 6 tháng, 9 tháng, Năm and Quý I/2022", () => {
  let current = join(dir, "2021-Q1.docx");

  beforeAll(async () => {
    const made = await runCli("new", "--data", join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json"), "-o", current);
    expect(made.code).toBe(0);
  });

  it.each(steps)("rolls to $to: every slot class moves, prose stays", async (step) => {
    const signed = join(dir, `signed-${step.to}.docx`);
    writeFileSync(signed, await registered(current));
    const before = readFileSync(signed);
    const beforeTexts = await valueControlTexts(before);
    const rolled = join(dir, `${step.to}.docx`);
    const { code, json } = await runCliJson<{ syncs: number; cleared: string[]; to: string }>("roll", signed, "--to", step.to, "-o", rolled);
    expect({ code, to: json.to }).toEqual({ code: 0, to: step.to });
    expect(json.syncs).toBeLessThanOrEqual(3);

    const after = readFileSync(rolled);
    const texts = await valueControlTexts(after);
    // CUR, RANGE, ASOF, YEARHDR, PREVYEAR
    expect({
      label: one(texts, "bc:per:label"),
      slash: one(texts, "bc:per:labelSlash"),
      range: one(texts, "bc:per:dataRange"),
      asOf: one(texts, "bc:per:asOf"),
      year: one(texts, "bc:per:year"),
      prevYear: one(texts, "bc:per:prevYear"),
    }).toEqual({ label: step.label, slash: step.slash, range: step.range, asOf: step.asOf, year: step.year, prevYear: step.prevYear });
    // HDR: reset for the văn thư
    expect(one(texts, "bc:hdr:docNumber")).toBe(BLANK_MARK);
    // figures of the period cleared, static ones kept
    expect(one(texts, "bc:fig:II.2.2.1.onTimeRatePct")).toBe("[…]");
    // a cell without a value is never written "" (Word would show its placeholder): the visible blank mark
    expect(one(texts, "bc:fig:T2.r1.c4")).toBe(BLANK_MARK);
    expect(one(texts, "bc:fig:II.2.2.1.oneStopStaffMain")).toBe(one(beforeTexts, "bc:fig:II.2.2.1.oneStopStaffMain"));
    expect(one(texts, "bc:fig:T4.r1.c1")).toBe(one(beforeTexts, "bc:fig:T4.r1.c1"));
    // COLS and PREVCOL
    const yearChange = step.to === "2022-Q1";
    if (yearChange) {
      expect(one(texts, "bc:fig:T6.r2.c2")).toBe(one(beforeTexts, "bc:fig:T6.r2.c6"));
      expect(["c3", "c4", "c5", "c6"].map((c) => one(texts, `bc:fig:T6.r2.${c}`))).toEqual([BLANK_MARK, BLANK_MARK, BLANK_MARK, BLANK_MARK]);
      expect(one(texts, "bc:fig:T3.r1.c2")).toBe(one(beforeTexts, "bc:fig:T3.r1.c3"));
    } else {
      expect(one(texts, "bc:fig:T6.r2.c3")).toBe(one(beforeTexts, "bc:fig:T6.r2.c3"));
      expect(one(texts, "bc:fig:T6.r2.c2")).toBe(one(beforeTexts, "bc:fig:T6.r2.c2"));
    }
    expect(one(texts, "bc:fig:T10.r1.c3")).toBe(one(beforeTexts, "bc:fig:T10.r1.c4")?.replace(/\s*\(.*\)$/, ""));
    // prose outside the controls: not a character changed
    expect(await textOutsideValueControls(after)).toEqual(await textOutsideValueControls(before));

    // the check lists the cleared figures as missing, and passes once they are refreshed
    const check = await runCliJson<{ ready: boolean; items: { code: string; tag?: string }[] }>("check", rolled);
    const missing = check.json.items.filter((i) => i.code === "ready.missingFigure").map((i) => i.tag);
    expect(check.code).toBe(1);
    expect(missing).toEqual(expect.arrayContaining(["bc:fig:II.2.2.1.onTimeRatePct", "bc:fig:T2.r1.c4"]));

    const data = join(dir, `${step.to}.json`);
    writeFileSync(data, JSON.stringify(figuresFor(step.to, step.last)));
    const refreshed = join(dir, `${step.to}-refreshed.docx`);
    const refresh = await runCliJson<{ syncs: number; conflicts: unknown[] }>("refresh", rolled, "--data", data, "-o", refreshed);
    expect({ code: refresh.code, conflicts: refresh.json.conflicts, syncs: refresh.json.syncs }).toEqual({ code: 0, conflicts: [], syncs: 2 });
    const passed = await runCliJson<{ ready: boolean; items: { code: string; severity: string }[] }>("check", refreshed);
    expect(passed.json.items.filter((i) => i.severity === "error")).toEqual([]);
    expect(passed.code).toBe(0);
    current = refreshed;
  });
});
