import { openDocx } from "../../src/docx";
import type { Figures } from "../../src/domain/figures/schema";
import { renderReport, renderTable, reportContent } from "../../src/domain/render";
import { figureTag, tableTag } from "../../src/domain/tags";
import { WordSession } from "../../src/word";
import { draftReport, refreshReport } from "../../src/word/operations";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { contentControls, documentPart, headerRows, wChild, wChildren, wElements } from "../support/ooxmlQuery";
import { q1Input } from "./reportInput";

/** T1 with `n` procedures instead of the seed's five. */
const withT1Rows = (n: number) => (f: Figures): Figures => ({
  ...f,
  tables: {
    ...f.tables,
    T1: { rows: Array.from({ length: n }, (_, i) => ({ c2: `Thủ tục ${i + 1}`, c3: "UBND tỉnh", c4: "Sở Công Thương", c5: "Công an tỉnh", c6: null, c7: null })) },
  },
});

describe("renderTable", () => {
  it("holds what the table's control holds, without the control: the table and the paragraph after it", () => {
    const input = q1Input();
    const body = wChild(documentPart(renderTable(input, "T2")), "body")!;
    expect(wChildren(body).map((e) => e.localName)).toEqual(["tbl", "p"]);
    const alone = contentControls(documentPart(renderTable(input, "T2")));
    expect(alone.map((c) => c.tag)).not.toContain(tableTag("T2"));
    const report = contentControls(documentPart(renderReport(input)));
    const inReport = report.filter((c) => c.ancestors.includes(tableTag("T2")));
    expect(alone.map((c) => [c.tag, c.text, c.locked])).toEqual(inReport.map((c) => [c.tag, c.text, c.locked]));
    const control = report.find((c) => c.tag === tableTag("T2"))!;
    expect(headerRows(wElements(body, "tbl")[0]!)).toEqual(headerRows(wElements(control.element, "tbl")[0]!));
  });

  it("numbers the rows of a variable table and gives every row its cell controls", () => {
    const input = q1Input(withT1Rows(7));
    const cells = contentControls(documentPart(renderTable(input, "T1")));
    expect(new Set(cells.map((c) => /\.(r\w+)\./.exec(c.tag)?.[1]))).toEqual(new Set(["r1", "r2", "r3", "r4", "r5", "r6", "r7", "rTotal"]));
    expect(cells.find((c) => c.tag === figureTag("T1.rTotal.c3"))?.text).toBe("07");
    expect(reportContent(input).rows.get("T1")).toBe(7);
  });

  it("refuses a table the template does not have", () => {
    expect(() => renderTable(q1Input(), "T99")).toThrow(RangeError);
  });
});

describe("the rendered report in the headless Word", () => {
  it("is drafted in one insert and rebuilt table by table when a refresh changes a table's rows", async () => {
    const host = await openDocx();
    const session = new WordSession((batch) => host.run(batch), { customXmlParts: true });
    const now = new Date("2021-03-03T08:00:00Z");
    await draftReport(session, shippedRenderer, { input: q1Input(), now });

    const result = await refreshReport(session, shippedRenderer, { input: q1Input(withT1Rows(7)), now, dryRun: false, overwrite: new Set() });
    expect(result.plan.rebuilds).toEqual([{ tableId: "T1", oldRows: 5, newRows: 7 }]);
    expect(result.applied).toBe(true);

    const texts = await host.run(async (ctx) => {
      const controls = ctx.document.contentControls;
      controls.load("items/tag,items/text");
      await ctx.sync();
      return controls.items.map((c) => [c.tag, c.text] as const);
    });
    expect(texts.filter(([tag]) => tag === tableTag("T1"))).toHaveLength(1);
    expect(texts.find(([tag]) => tag === figureTag("T1.r7.c2"))?.[1]).toBe("Thủ tục 7");
    expect(texts.find(([tag]) => tag === figureTag("T1.rTotal.c3"))?.[1]).toBe("07");
    expect(texts.filter(([tag]) => tag.startsWith("bc:sec:")).length).toBeGreaterThan(40);

    // A second refresh with the same figures has nothing left to do.
    const again = await refreshReport(session, shippedRenderer, { input: q1Input(withT1Rows(7)), now, dryRun: true, overwrite: new Set() });
    expect(again.plan.changes).toEqual([]);
    expect(again.plan.rebuilds).toEqual([]);
  });
});
