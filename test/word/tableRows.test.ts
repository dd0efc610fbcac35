/**
 * Rows of a table change in number through the Table API (delete rows, insert rows shaped like the last data row,
 * a control wrapped round each new figure cell, then every cell written), never insertOoxml over a table control
 * (fragile in Word: office-js#3183, #2606, #116, #5944).
 */
import { openDocx } from "../../src/docx";
import { ContentControlProxy } from "../../src/docx/api/ContentControl";
import type { Figures } from "../../src/domain/figures/schema";
import { figureTag } from "../../src/domain/tags";
import { findTemplate } from "../../src/domain/template/registry";
import { findAgency } from "../../src/domain/template/agencies";
import { capabilitiesOf, WordSession } from "../../src/word";
import { draftReport, refreshReport, rollForward } from "../../src/word/operations";
import { shippedRenderer } from "../../src/word/operations/shippedRenderer";
import { q1Input } from "../render/reportInput";

const withT1Rows = (n: number) => (f: Figures): Figures => ({
  ...f,
  tables: {
    ...f.tables,
    T1: { rows: Array.from({ length: n }, (_, i) => ({ c2: `Thủ tục ${i + 1}`, c3: "UBND tỉnh", c4: "Sở Công Thương", c5: "Công an tỉnh", c6: null, c7: null })) },
  },
});

const now = new Date("2021-03-03T08:00:00Z");

async function drafted(profile: "m365" | "office2021") {
  const host = await openDocx(undefined, { profile });
  const session = new WordSession((batch) => host.run(batch), capabilitiesOf((n, v) => host.isSetSupported(n, v)));
  await draftReport(session, shippedRenderer, { input: q1Input(), now });
  return { host, session };
}

async function controlTexts(host: Awaited<ReturnType<typeof drafted>>["host"]): Promise<Map<string, string[]>> {
  return host.run(async (ctx) => {
    const controls = ctx.document.contentControls.load("items/tag,items/text");
    await ctx.sync();
    const out = new Map<string, string[]>();
    for (const c of controls.items) out.set(c.tag, [...(out.get(c.tag) ?? []), c.text]);
    return out;
  });
}

describe.each(["m365", "office2021"] as const)("table rows changing in number (%s)", (profile) => {
  let insertOoxml: jest.SpyInstance;
  beforeEach(() => {
    insertOoxml = jest.spyOn(ContentControlProxy.prototype, "insertOoxml");
  });
  afterEach(() => insertOoxml.mockRestore());

  it.each([7, 3])("T1 from 5 rows to %i: no insertOoxml into any control, every cell right, nothing left to do", async (rows) => {
    const { host, session } = await drafted(profile);
    const result = await refreshReport(session, shippedRenderer, { input: q1Input(withT1Rows(rows)), now, dryRun: false, overwrite: new Set() });
    expect(result.plan.rebuilds).toEqual([{ tableId: "T1", oldRows: 5, newRows: rows }]);
    expect(insertOoxml).not.toHaveBeenCalled();
    const texts = await controlTexts(host);
    expect(texts.get(figureTag(`T1.r${rows}.c2`))).toEqual([`Thủ tục ${rows}`]);
    expect(texts.has(figureTag(`T1.r${rows + 1}.c2`))).toBe(false);
    expect(texts.get(figureTag("T1.rTotal.c3"))).toEqual([String(rows).padStart(2, "0")]);
    const again = await refreshReport(session, shippedRenderer, { input: q1Input(withT1Rows(rows)), now, dryRun: true, overwrite: new Set() });
    expect([again.plan.changes, again.plan.rebuilds, again.plan.conflicts]).toEqual([[], [], []]);
  });

  it("rolling forward writes no insertOoxml into a table control", async () => {
    const { session } = await drafted(profile);
    const rolled = await rollForward(session, shippedRenderer, { next: { year: 2021, kind: "H1" }, now, findTemplate, findAgency });
    expect(rolled.applied).toBe(true);
    expect(insertOoxml).not.toHaveBeenCalled();
  });
});
