/**
 * Campaign, class 2: a document problem — a figure, table or section control deleted, a table or section
 * duplicated — stops every operation with nothing written, in the command line and in the pane alike
 * (DESIGN.md). refresh (in place, -o, --dry-run), roll and scan exit 2, check is not ready (exit 1) and lists the
 * problem as scan does; each names the place as the printed report does, without a stack trace; the input stays
 * byte for byte and no output appears.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDocx } from "../../src/docx";
import type { Figures } from "../../src/domain/figures/schema";
import { formatIssue } from "../../src/domain/issues/formatIssue";
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";
import { createReportDocument } from "../../src/taskpane/services/createReportDocument";
import { WordSession } from "../../src/word";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { duplicateControl, partTexts, unwrapControl, withPart } from "../support/damageDocx";
import { runCli } from "../support/runCli";

const fixture = join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json");
const dir = mkdtempSync(join(tmpdir(), "baocao-problems-"));
const q1 = join(dir, "q1.docx");
const changed = join(dir, "changed.json");
const figures = JSON.parse(readFileSync(fixture, "utf8")) as Figures & { fields: Record<string, unknown> };
const changedFigures = { ...figures, fields: { ...figures.fields, "II.1.vbqpplDraftsRegistered": 9 } } as Figures;

jest.setTimeout(120_000);

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

type Damage = { name: string; change: (xml: string) => string; place: RegExp; duplicate: boolean };
const damages: Damage[] = [
  {
    name: "a figure control deleted",
    change: (x) => unwrapControl(x, "bc:fig:II.1.vbqpplDraftsRegistered"),
    place: /Chỉ tiêu “Số văn bản QPPL đăng ký chủ trì soạn thảo”: không tìm thấy trong văn bản/,
    duplicate: false,
  },
  {
    name: "a table control deleted",
    change: (x) => unwrapControl(x, "bc:tbl:T5"),
    place: /Bảng “Tinh giản biên chế”: không tìm thấy trong văn bản/,
    duplicate: false,
  },
  {
    name: "a section control deleted",
    change: (x) => unwrapControl(x, "bc:sec:I.4"),
    place: /Mục 4\. Vai trò trách nhiệm người đứng đầu đơn vị: không tìm thấy trong văn bản/,
    duplicate: false,
  },
  {
    name: "a table duplicated",
    change: (x) => duplicateControl(x, "bc:tbl:T5"),
    place: /Bảng “Tinh giản biên chế”: xuất hiện 2 lần trong văn bản/,
    duplicate: true,
  },
  {
    name: "a section duplicated",
    change: (x) => duplicateControl(x, "bc:sec:I.4"),
    place: /Mục 4\. Vai trò trách nhiệm người đứng đầu đơn vị: xuất hiện 2 lần trong văn bản/,
    duplicate: true,
  },
];

const damaged = new Map<string, string>();

beforeAll(async () => {
  expect(await runCli("new", "--period", "2021-Q1", "--data", fixture, "-o", q1)).toMatchObject({ code: 0 });
  writeFileSync(changed, JSON.stringify(changedFigures));
  for (const [k, d] of damages.entries()) {
    const file = join(dir, `damaged-${k}.docx`);
    writeFileSync(file, await withPart(readFileSync(q1), "word/document.xml", d.change));
    damaged.set(d.name, file);
  }
}, 240_000);

type Operation = { name: string; argv: (file: string, out: string) => string[]; code: number; out?: boolean };
const operations: Operation[] = [
  { name: "refresh in place", argv: (f) => ["refresh", f, "--data", changed], code: 2 },
  { name: "refresh -o", argv: (f, o) => ["refresh", f, "--data", changed, "-o", o], code: 2, out: true },
  { name: "refresh --accept-hand-edits", argv: (f) => ["refresh", f, "--data", changed, "--accept-hand-edits"], code: 2 },
  { name: "refresh --dry-run", argv: (f) => ["refresh", f, "--data", changed, "--dry-run"], code: 2 },
  { name: "roll -o", argv: (f, o) => ["roll", f, "--to", "2021-H1", "-o", o], code: 2, out: true },
  { name: "scan", argv: (f) => ["scan", f], code: 2 },
  { name: "check", argv: (f) => ["check", f], code: 1 },
];

const cases = damages.flatMap((d) => operations.map((o) => [d.name, o.name, d, o] as const));

describe("the command line", () => {
  it.each(cases)("%s, %s: stops, names the place, writes nothing", async (_d, _o, damage, op) => {
    const file = damaged.get(damage.name)!;
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}.docx`);
    const before = readFileSync(file);
    const run = await runCli(...op.argv(file, out));
    expect(run.code).toBe(op.code);
    expect(run.stdout + run.stderr).toMatch(damage.place);
    noStackTrace(run.stdout + run.stderr);
    expect(run.stdout + run.stderr).not.toMatch(/bc:(sec|tbl|fig):/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  it("an undamaged report refreshes (the cases above fail for the damage, not for the figures)", async () => {
    const copy = join(dir, "fine.docx");
    writeFileSync(copy, readFileSync(q1));
    expect(await runCli("refresh", copy, "--data", changed)).toMatchObject({ code: 0 });
    expect(readFileSync(copy).equals(readFileSync(q1))).toBe(false);
  });
});

describe("the pane (createReportDocument over the headless Word)", () => {
  const paneOn = async (file: string) => {
    const host = await openDocx(new Uint8Array(readFileSync(file)));
    const session = new WordSession((b) => host.run(b), { customXmlParts: true });
    const pane = createReportDocument({ session, template: cchcQuarterlySct, renderer: shippedRenderer });
    return { host, pane };
  };

  it.each(damages.map((d) => [d.name, d] as const))(
    "%s: the review lists it, apply and roll forward refuse, the document is unchanged",
    async (_name, damage) => {
      const { host, pane } = await paneOn(damaged.get(damage.name)!);
      const before = await partTexts(await host.save());
      const review = await pane.previewRefresh(changedFigures);
      expect(review.plan.issues.some((i) => (i.severity ?? "error") === "error")).toBe(true);
      const applied = await pane.applyRefresh(changedFigures, new Set());
      expect(applied.plan.changes).toEqual([]);
      expect(applied.plan.issues.map((i) => formatIssue(i, cchcQuarterlySct)).join(" ")).toMatch(damage.place);
      const rolled = await pane.rollForward({ kind: "H1", year: 2021 });
      expect(rolled.changes).toBe(0);
      expect(rolled.problems?.map((i) => formatIssue(i, cchcQuarterlySct)).join(" ")).toMatch(damage.place);
      expect(await partTexts(await host.save())).toEqual(before);
    },
  );
});
