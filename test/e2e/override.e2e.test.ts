import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx } from "../../src/docx";
import { scanDocument, WordSession } from "../../src/word";
import { valueControlTexts } from "../support/docxText";
import { runCli, runCliJson } from "../support/runCli";

const fixture = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
const dir = mkdtempSync(join(tmpdir(), "baocao-override-"));

type Item = { code: string; severity: string; path: (string | number)[]; message: string; tag?: string };
type CheckJson = { ready: boolean; items: Item[] };

/** Types into a control as a clerk does in Word (lifting a lock first, as a clerk who unlocks a cell would). */
async function typeInto(from: string, to: string, edits: Record<string, string>): Promise<void> {
  const host = await openDocx(new Uint8Array(readFileSync(from)));
  await host.run(async (context) => {
    for (const [tag, text] of Object.entries(edits)) {
      const control = context.document.contentControls.getByTag(tag).getFirst();
      control.cannotEdit = false;
      control.insertText(text, "Replace");
    }
    await context.sync();
  });
  writeFileSync(to, await host.save());
}

const SUM_OR_RATIO = new Set(["check.sumMismatch", "check.ratioMismatch", "check.printedMismatch"]);

beforeAll(async () => {
  expect(await runCli("new", "--period", "2021-Q1", "--data", fixture, "-o", join(dir, "q1.docx"))).toMatchObject({ code: 0 });
});

describe("a kept hand edit is the document's figure", () => {
  it("recomputes T2's row, total row and both shares from 110, records the override, and checks clean", async () => {
    const edited = join(dir, "edited.docx");
    await typeInto(join(dir, "q1.docx"), edited, { "bc:fig:T2.r1.c6": "110" });

    const before = await runCliJson<CheckJson>("check", edited);
    expect(before.json.items.filter((i) => SUM_OR_RATIO.has(i.code)).map((i) => i.tag).sort()).toEqual([
      "bc:fig:T2.r1.c3",
      "bc:fig:T2.r1.c5",
      "bc:fig:T2.r1.c7",
      "bc:fig:T2.rTotal.c3",
      "bc:fig:T2.rTotal.c5",
      "bc:fig:T2.rTotal.c6",
      "bc:fig:T2.rTotal.c7",
    ]);

    const kept = join(dir, "kept.docx");
    const refresh = await runCliJson<{ conflicts: { tag: string }[]; applied: boolean }>(
      "refresh", edited, "--data", fixture, "-o", kept,
    );
    expect(refresh.json.conflicts.map((c) => c.tag)).toEqual(["bc:fig:T2.r1.c6"]);
    expect(refresh.json.applied).toBe(true);

    const shown = await valueControlTexts(readFileSync(kept));
    const t2 = (tag: string) => shown.get(`bc:fig:T2.${tag}`);
    // 2.460 + 110 = 2.570; 2.460 / 2.570 = 95,7 %; 110 / 2.570 = 4,3 %.
    expect([t2("r1.c6"), t2("r1.c3"), t2("r1.c5"), t2("r1.c7")]).toEqual([["110"], ["2.570"], ["95,7 %"], ["4,3 %"]]);
    expect([t2("rTotal.c3"), t2("rTotal.c6"), t2("rTotal.c5"), t2("rTotal.c7")]).toEqual([["2.570"], ["110"], ["95,7 %"], ["4,3 %"]]);

    const host = await openDocx(new Uint8Array(readFileSync(kept)));
    const scan = await scanDocument(new WordSession((batch) => host.run(batch), { customXmlParts: true }));
    expect(scan.metadata?.overrides?.["bc:fig:T2.r1.c6"]).toMatchObject({ value: "110", replaced: "95" });
    expect(Number.isNaN(Date.parse(scan.metadata?.overrides?.["bc:fig:T2.r1.c6"]?.at ?? ""))).toBe(false);
    expect(scan.metadata?.written["bc:fig:T2.rTotal.c3"]).toBe("2.570");

    const after = await runCliJson<CheckJson>("check", kept);
    expect(after.json.items.filter((i) => SUM_OR_RATIO.has(i.code))).toEqual([]);
    expect(after.json.items.filter((i) => i.tag === "bc:fig:T2.r1.c6").map((i) => [i.code, i.severity])).toEqual([
      ["doc.overridden", "info"],
    ]);

    // The same figures again: the override stays, nothing is written, and the review still shows what the data says.
    const again = await runCliJson<{ changes: unknown[]; conflicts: { tag: string; current: string; new: string }[]; applied: boolean }>(
      "refresh", kept, "--data", fixture, "--dry-run",
    );
    expect(again.json.changes).toEqual([]);
    expect(again.json.conflicts).toMatchObject([{ tag: "bc:fig:T2.r1.c6", current: "110", new: "95" }]);

    // Letting it go gives the figures back, and what follows them.
    const back = join(dir, "back.docx");
    await runCliJson("refresh", kept, "--data", fixture, "-o", back, "--accept-hand-edits");
    const restored = await valueControlTexts(readFileSync(back));
    expect([restored.get("bc:fig:T2.r1.c6"), restored.get("bc:fig:T2.rTotal.c3")]).toEqual([["95"], ["2.555"]]);
    const host2 = await openDocx(new Uint8Array(readFileSync(back)));
    const scan2 = await scanDocument(new WordSession((batch) => host2.run(batch), { customXmlParts: true }));
    expect(scan2.metadata?.overrides).toBeUndefined();
  });

  it("reports a printed total that disagrees with its rows as a must-fix naming table, row and column", async () => {
    const edited = join(dir, "total.docx");
    await typeInto(join(dir, "q1.docx"), edited, { "bc:fig:T2.rTotal.c3": "2.600" });
    const run = await runCliJson<CheckJson>("check", edited);
    expect(run.code).toBe(1);
    const found = run.json.items.filter((i) => i.code === "check.printedMismatch");
    expect(found.map((i) => [i.severity, i.path, i.tag])).toEqual([
      ["error", ["tables", "T2", "rTotal", "rTotal", "c3"], "bc:fig:T2.rTotal.c3"],
    ]);
    expect(found[0]?.message).toContain("Dịch vụ công trực tuyến mức độ 3, 4");
    expect(found[0]?.message).toContain("dòng tổng");
    expect(found[0]?.message).toContain("Tổng số hồ sơ đã tiếp nhận");
    expect(found[0]?.message).toContain("“2.600”");
    expect(found[0]?.message).toContain("“2.555”");
    const plain = await runCli("check", edited);
    expect(plain.stdout).toMatch(/Phải sửa trước khi ký[\s\S]*dòng tổng, cột “Tổng số hồ sơ đã tiếp nhận”: văn bản in “2\.600”/);
  });
});
