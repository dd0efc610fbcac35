import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Figures } from "../../src/domain/figures/schema";
import { editProse, textOutsideValueControls, valueControlTexts } from "../support/docxText";
import { runCli, runCliJson } from "../support/runCli";

const fixture = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
const dir = mkdtempSync(join(tmpdir(), "baocao-refresh-"));
const q1: Figures = JSON.parse(readFileSync(fixture, "utf8"));

type RefreshJson = {
  changes: { tag: string; old: string; new: string }[];
  conflicts: { tag: string; current: string; new: string }[];
  syncs: number;
  applied: boolean;
};

/** The fixture with three input figures changed: a prose count, a T2 input and a T9 input. */
function threeChanged(): Figures {
  const f = structuredClone(q1) as Figures & { tables: Record<string, { rows: Record<string, unknown>[] }> };
  f.fields["II.1.vbqpplDraftsRegistered"] = 8;
  f.tables.T2!.rows[0]!.c4 = 2300;
  f.tables.T9!.rows[0]!.c7 = 1060;
  return f;
}

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

beforeAll(async () => {
  const made = await runCli("new", "--period", "2021-Q1", "--data", fixture, "-o", join(dir, "q1.docx"));
  expect(made).toMatchObject({ code: 0 });
});

describe("baocao new, then refresh", () => {
  it("reports no change and at most 2 syncs when the data is the same", async () => {
    const { code, json } = await runCliJson<RefreshJson>("refresh", join(dir, "q1.docx"), "--data", fixture, "--dry-run");
    expect({ code, changes: json.changes, conflicts: json.conflicts }).toEqual({ code: 0, changes: [], conflicts: [] });
    expect(json.syncs).toBeLessThanOrEqual(2);
  });

  it("changes exactly the three figures and the computed cells that depend on them", async () => {
    const data = writeJson("three.json", threeChanged());
    const out = join(dir, "three.docx");
    const { code, json } = await runCliJson<RefreshJson>("refresh", join(dir, "q1.docx"), "--data", data, "-o", out);
    expect(code).toBe(0);
    expect(json.syncs).toBe(2);
    expect(Object.fromEntries(json.changes.map((c) => [c.tag, [c.old, c.new]]))).toEqual({
      "bc:fig:II.1.vbqpplDraftsRegistered": ["07", "08"],
      "bc:fig:T2.r1.c3": ["2.555", "2.395"],
      "bc:fig:T2.r1.c4": ["2.460", "2.300"],
      "bc:fig:T2.r1.c5": ["96,3 %", "96,0 %"],
      "bc:fig:T2.r1.c7": ["3,7 %", "4,0 %"],
      "bc:fig:T2.rTotal.c3": ["2.555", "2.395"],
      "bc:fig:T2.rTotal.c4": ["2.460", "2.300"],
      "bc:fig:T2.rTotal.c5": ["96,3 %", "96,0 %"],
      "bc:fig:T2.rTotal.c7": ["3,7 %", "4,0 %"],
      "bc:fig:T9.r1.c6": ["3.248", "3.255"],
      "bc:fig:T9.r1.c7": ["1.053", "1.060"],
      "bc:fig:T9.rTotal.c6": ["3.248", "3.255"],
      "bc:fig:T9.rTotal.c7": ["1.053", "1.060"],
    });
  });

  it("writes what it planned, and a second refresh with the same figures writes nothing", async () => {
    const data = writeJson("three-again.json", threeChanged());
    const out = join(dir, "three.docx");
    const shown = await valueControlTexts(readFileSync(out));
    expect(shown.get("bc:fig:II.1.vbqpplDraftsRegistered")).toEqual(["08"]);
    expect(shown.get("bc:fig:T2.rTotal.c5")).toEqual(["96,0 %"]);
    const again = await runCliJson<RefreshJson>("refresh", out, "--data", data);
    expect({ changes: again.json.changes, applied: again.json.applied, syncs: again.json.syncs }).toEqual({
      changes: [],
      applied: false,
      syncs: 1,
    });
  });

  it("keeps a figure edited by hand as a conflict, unless --accept-hand-edits", async () => {
    const edited = join(dir, "edited.docx");
    const bytes = readFileSync(join(dir, "q1.docx"));
    const xml = (await import("jszip")).default;
    const zip = await xml.loadAsync(bytes);
    const doc = (await zip.file("word/document.xml")!.async("string")).replace(
      /(<w:tag w:val="bc:fig:II\.1\.vbqpplDraftsRegistered"\/>[\s\S]*?<w:t[^>]*>)07(<\/w:t>)/,
      "$1bảy$2",
    );
    zip.file("word/document.xml", doc);
    writeFileSync(edited, await zip.generateAsync({ type: "uint8array" }));
    const data = writeJson("three-conflict.json", threeChanged());

    const kept = await runCliJson<RefreshJson>("refresh", edited, "--data", data, "-o", join(dir, "kept.docx"));
    expect(kept.json.conflicts).toEqual([
      { tag: "bc:fig:II.1.vbqpplDraftsRegistered", written: "07", current: "bảy", new: "08" },
    ]);
    expect((await valueControlTexts(readFileSync(join(dir, "kept.docx")))).get("bc:fig:II.1.vbqpplDraftsRegistered")).toEqual(["bảy"]);

    const taken = await runCliJson<RefreshJson>("refresh", edited, "--data", data, "-o", join(dir, "taken.docx"), "--accept-hand-edits");
    expect(taken.json.conflicts).toEqual([]);
    expect((await valueControlTexts(readFileSync(join(dir, "taken.docx")))).get("bc:fig:II.1.vbqpplDraftsRegistered")).toEqual(["08"]);
  });

  it("never touches a character outside the controls, whatever the clerk typed (property)", async () => {
    const base = readFileSync(join(dir, "q1.docx"));
    const other = writeJson("other.json", threeChanged());
    const edit = fc.record({
      paragraph: fc.nat(2000),
      atStart: fc.boolean(),
      text: fc.string({ unit: fc.constantFrom("a", "ă", "ệ", "Đ", " ", "<", "&", '"', "'", "\t", "2", ".", "%", "Quý"), minLength: 1, maxLength: 12 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        const before = await editProse(base, edits);
        const input = join(dir, "prop-in.docx");
        const output = join(dir, "prop-out.docx");
        writeFileSync(input, before);
        const run = await runCliJson<RefreshJson>("refresh", input, "--data", other, "-o", output);
        expect(run.code).toBe(0);
        expect(run.json.changes.length).toBeGreaterThan(0);
        expect(await textOutsideValueControls(readFileSync(output))).toEqual(await textOutsideValueControls(before));
      }),
      { numRuns: 10 },
    );
    // Ten refreshes of the whole report: a loaded two-core machine needs more than the default minute.
  }, 240_000);
});
