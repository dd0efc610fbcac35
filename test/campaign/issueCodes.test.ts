/**
 * Every issue code the product defines is raised by the product and asserted by a test (#11 item 8): a code no
 * code path raises is dead wording, and a code no test asserts can stop being raised unseen. The first test
 * checks the property over the sources; the others raise, through the product's own readers, the codes that no
 * other test asserted by name.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFigures } from "../../src/domain/figures/parseFigures";
import type { Issue } from "../../src/domain/issues/Issue";
import { messagesVi } from "../../src/domain/issues/messages.vi";
import { readCompositeCell } from "../../src/domain/paste/readCompositeCell";
import { readPaste } from "../../src/domain/paste/readPaste";
import { tableFromJson } from "../../src/domain/paste/tableFromJson";
import { inputColumns } from "../../src/domain/template/inputColumns";
import { templates } from "../../src/domain/template/registry";
import { readPaste as paneReadPaste } from "../../src/taskpane/DataSource/readPaste";
import { openDocx } from "../../src/docx";
import { recogniseReport, type WordReading } from "../../src/domain/adopt";
import { ND30_PAGE_SETUP, pageSetupIssues } from "../../src/domain/checks/pageSetupIssues";
import { documentIssues } from "../../src/domain/plan/documentIssues";
import { findAgency } from "../../src/domain/template/agencies";
import type { SheetData } from "../../src/domain/workbook/SheetData";
import { MAX_SHEET_ROWS, readWorkbook } from "../../src/domain/workbook/readWorkbook";
import { capabilitiesOf, WordSession } from "../../src/word";
import { draftReport, refreshReport } from "../../src/word/operations";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { readXlsx } from "../../src/workbook/readXlsx";
import { exportWorkbook } from "../../src/workbook/workbookIo";
import { agency, draftedDocx, stripped } from "../adopt/clerkDocuments";
import fixture from "../fixtures/figures/sct-dongnai-2021-Q1.json";
import { q1Input } from "../render/reportInput";

const ROOT = join(__dirname, "..", "..");
const template = templates[0]!;
const figures = () => JSON.parse(JSON.stringify(fixture)) as typeof fixture & Record<string, unknown>;
const codes = (issues: readonly Pick<Issue, "code">[]): string[] => [...new Set(issues.map((i) => i.code))];

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (/\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

describe("issue codes", () => {
  it("are each raised somewhere in the product and asserted by name in some test", () => {
    const src = sources(join(ROOT, "src"));
    const product = src
      .filter((f) => !/\.test\.tsx?$/.test(f) && !/issues[\\/](messages\.(vi|en)|Issue)\.ts$/.test(f))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    // Tests that render every code by construction (messages, plain words) do not count as asserting one.
    const tests = [...sources(join(ROOT, "test")), ...src.filter((f) => /\.test\.tsx?$/.test(f))]
      .filter((f) => !/messageRender|plainWords/.test(f))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const all = Object.keys(messagesVi);
    const quoted = (code: string) => new RegExp(`["'\`]${code.replace(".", "\\.")}["'\`]`);
    expect(all.filter((code) => !quoted(code).test(product))).toEqual([]);
    expect(all.filter((code) => !quoted(code).test(tests))).toEqual([]);
  });

  describe("the figures file", () => {
    it.each([
      ["figures.required", { agency: undefined }],
      ["figures.unknownTable", { tables: { ...fixture.tables, T99: { rows: [] } } }],
      ["figures.notText", { fields: { ...fixture.fields, "I.1.staffCutRoadmapRange": 5 } }],
      ["figures.badDate", { fields: { ...fixture.fields, "II.6.a.eSignatureSince": "31/03/2021" } }],
      ["figures.wrongTemplate", { template: "bao-cao-khac" }],
    ] as const)("raises %s", (code, change) => {
      expect(codes(parseFigures({ ...figures(), ...change }, template).issues)).toContain(code);
    });
  });

  describe("a paste", () => {
    it("raises figures.invalidJson for JSON that breaks", () => {
      expect(codes(readPaste('{"II.1.vbqpplDraftsRegistered": }', template).issues)).toEqual(["figures.invalidJson"]);
    });

    it("raises paste.unsupportedJson for rows that are not a list", () => {
      expect(codes(readPaste(JSON.stringify({ table: "T2", rows: "2460" }), template).issues)).toEqual(["paste.unsupportedJson"]);
    });

    it("raises paste.ambiguousTable for figures of several tables with none chosen", () => {
      expect(codes(tableFromJson({ tables: { T2: { rows: [] }, T3: { rows: [] } } }, template, undefined).issues)).toEqual(["paste.ambiguousTable"]);
    });

    it("raises paste.rowCount for a fixed table with rows missing", () => {
      const fixed = Object.values(template.tables).find((t) => t.rows.mode === "fixed")!;
      expect(codes(tableFromJson({ table: fixed.id, rows: [] }, template, undefined).issues)).toContain("paste.rowCount");
    });

    it("raises paste.compositeCell for a composite cell without its parts", () => {
      const table = template.tables.T4!;
      const column = table.columns.find((c) => c.parts)!;
      const outcome = readCompositeCell("nhiều người", column, inputColumns(table).filter((c) => c.column === column));
      expect(outcome.problems.map((p) => p.code)).toEqual(["paste.compositeCell"]);
    });

    it("raises paste.badDate for a date that is no date", () => {
      const read = readPaste("II.6.a.eSignatureSince\tkhông rõ", template, { fields: true });
      expect(codes(read.issues)).toContain("paste.badDate");
    });

    it("raises paste.tooMuch for more than the pane reads (1 MB)", () => {
      const reading = paneReadPaste({ text: "1\t".repeat(600_000), template, base: figures() as never, lang: "vi" });
      expect(reading.problems.map((p) => p.issue.code)).toEqual(["paste.tooMuch"]);
    });
  });

  describe("a workbook", () => {
    let sheets: readonly SheetData[];
    beforeAll(async () => {
      const bytes = await exportWorkbook({ template, agency: findAgency("sct-dongnai")!, period: { year: 2021, kind: "Q1" }, figures: fixture as never });
      sheets = await readXlsx(bytes);
    });
    const read = (given: readonly SheetData[], options: { period?: string; agency?: string } = {}) =>
      codes(readWorkbook(given, { template, ...options }).issues);
    const note: SheetData = { name: "Ghi chú", rows: [[{ kind: "text", text: "Danh sách người trực của phòng" }]] };
    const t2 = () => sheets.find((s) => s.name.startsWith("Bảng 2"))!;

    it("reads the exported workbook without an issue", () => expect(read(sheets)).toEqual([]));
    it("raises workbook.duplicateTable for a table's sheet copied", () =>
      expect(read([...sheets, { ...t2(), name: "Bảng 2 (bản sao)" }])).toEqual(["workbook.duplicateTable"]));
    it("raises workbook.unknownSheet for a sheet of something else", () => expect(read([...sheets, note])).toEqual(["workbook.unknownSheet"]));
    it("raises workbook.noTables for a workbook with no table", () =>
      expect(read([note], { period: "2021-Q1", agency: "sct-dongnai" })).toContain("workbook.noTables"));
    it("raises workbook.otherAgency for another agency's workbook", () => expect(read(sheets, { agency: "so-khac" })).toEqual(["workbook.otherAgency"]));
    it("raises workbook.noPeriod without its cover", () => expect(read(sheets.slice(1))).toContain("workbook.noPeriod"));
    it("raises workbook.tooLarge for a sheet past its rows", () =>
      expect(read([...sheets, { name: "Lớn", rows: new Array<undefined>(MAX_SHEET_ROWS + 1).fill(undefined) }])).toEqual(["workbook.tooLarge"]));
    it("raises paste.unknownColumn for a column the table does not have", () => {
      const table = t2();
      const header = table.rows.findIndex((row) => row?.some((c) => c?.kind === "text" && c.text.includes("Tổng số")));
      const wide: SheetData = {
        ...table,
        rows: table.rows.map((row, r) =>
          row ? [...row, ...new Array<undefined>(20 - row.length).fill(undefined), r === header ? { kind: "text", text: "Cột riêng của phòng" } : { kind: "number", value: 1 }] : row,
        ),
      };
      expect(read(sheets.map((s) => (s === table ? wide : s)))).toEqual(["paste.unknownColumn"]);
    });
  });

  describe("a report typed by hand, recognised for adoption", () => {
    let reading: WordReading;
    beforeAll(async () => {
      const host = await openDocx(await stripped(await draftedDocx(fixture as never)));
      reading = await host.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text,items/tableNestingLevel");
        const tables = context.document.body.tables.load("items/values,items/nestingLevel");
        await context.sync();
        return {
          paragraphs: paragraphs.items.map((p) => ({ text: p.text, tableNestingLevel: p.tableNestingLevel })),
          tables: tables.items.map((t) => ({ values: t.values, nestingLevel: t.nestingLevel })),
        };
      });
    }, 60_000);
    const q1 = { year: 2021, kind: "Q1" } as const;
    const found = (r: WordReading, period: typeof q1 | null = q1) => {
      const plan = recogniseReport({ reading: r, template, agency, ...(period ? { period } : {}) });
      return [...(plan.refused ? [plan.refused.code] : []), ...codes([...plan.unplaced, ...plan.weak.map((w) => w.issue)])];
    };
    const at = (start: string) => reading.paragraphs.findIndex((p) => p.text.startsWith(start));
    const retype = (start: string, change: (text: string) => string): WordReading => {
      const i = at(start);
      expect(i).toBeGreaterThan(-1);
      return { ...reading, paragraphs: reading.paragraphs.map((p, k) => (k === i ? { ...p, text: change(p.text) } : p)) };
    };
    /** The first table of fixed rows with a row added, a cell dropped, a cell of two paragraphs, or no header. */
    const table = (change: (values: string[][]) => string[][], index = 3): WordReading => ({
      ...reading,
      tables: reading.tables.map((t, k) => (k === index ? { ...t, values: change(t.values.map((row) => [...row])) } : t)),
    });
    const lead = "a) Trong Quí I/2021, Sở Công Thương đã tham mưu";

    it("recognises the whole report as typed", () => expect(found(reading)).toEqual([]));
    it.each([
      ["adopt.sectionNotFound", () => retype("2. Về thanh tra", () => "Một đoạn văn khác hẳn")],
      ["adopt.sectionWeak", () => retype(lead, (t) => t.replace("ban hành", "phát hành"))],
      ["adopt.figureWeak", () => retype(lead, (t) => t.replace("ban hành", "phát hành"))],
      ["adopt.figureNotFound", () => retype(lead, () => "a) Nội dung này đã được viết lại hoàn toàn bằng những lời khác hẳn 02 lần")],
      ["adopt.spellingVariant", () => retype("+ Trong Quí I năm 2021", (t) => t.replace("Quí I năm 2021", "Qúy  I  năm 2021"))],
      ["adopt.periodOther", () => retype(lead, (t) => t.replace("Quí I/2021", "Quí I/2020"))],
      ["adopt.tableRows", () => table((v) => [...v, v[v.length - 1]!])],
      ["adopt.tableCells", () => table((v) => v.map((row, i) => (i === v.length - 2 ? row.slice(0, -1) : row)))],
      ["adopt.cellParagraphs", () => table((v) => v.map((row, i) => (i === v.length - 2 ? row.map((c, j) => (j === row.length - 1 ? `${c}\n2` : c)) : row)))],
      ["adopt.tableNotFound", () => table((v) => v.map((row) => row.map(() => "x")))],
    ] as const)("raises %s", (code, make) => expect(found(make())).toContain(code));
    it("refuses with adopt.noPeriod when neither the clerk nor the title gives the period", () => {
      const noPeriod = { ...reading, paragraphs: reading.paragraphs.map((p) => ({ ...p, text: p.text.replace(/Qu[íý] I(\/| năm )2021/g, "trong kỳ") })) };
      expect(found(noPeriod, null)[0]).toBe("adopt.noPeriod");
    });
  });

  describe("the document", () => {
    it("raises doc.orphanControl for a control of ours the template does not know", () => {
      expect(codes(documentIssues(new Map([["bc:fig:II.9.khongCo", 1]]), template, new Map()))).toContain("doc.orphanControl");
    });

    it("raises ready.pageSetupWrong for a page Word reads as not ND 30's", () => {
      expect(codes(pageSetupIssues({ ...ND30_PAGE_SETUP, paperSize: "Letter" }))).toEqual(["ready.pageSetupWrong"]);
    });

    it("refuses a refresh with doc.templateMismatch when the report is of another template", async () => {
      const host = await openDocx(undefined, { profile: "m365" });
      const session = new WordSession((batch) => host.run(batch), capabilitiesOf((n, v) => host.isSetSupported(n, v)));
      const now = new Date("2026-12-02T08:26:00Z");
      await draftReport(session, shippedRenderer, { input: q1Input(), now });
      const other = { ...q1Input(), template: { ...template, id: "bao-cao-khac" } };
      const result = await refreshReport(session, shippedRenderer, { input: other, now, dryRun: true, overwrite: new Set() });
      expect(result.refused?.code).toBe("doc.templateMismatch");
    });
  });
});

