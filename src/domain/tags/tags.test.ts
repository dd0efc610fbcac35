import fc from "fast-check";
import { cellName, cellTag, figureTag, parseCellName, parseCellTag, parseTag, sectionTag, tableTag } from "./tags";

describe("cell tags", () => {
  it("spell a cell as template-spec's notation inside a figure tag", () => {
    expect(cellTag("T2", 1, "c4")).toBe("bc:fig:T2.r1.c4");
    expect(cellTag("T2", "total", "c5")).toBe("bc:fig:T2.rTotal.c5");
    expect(cellName("T3", 12, "c3")).toBe("T3.r12.c3");
  });

  it("read back what they build, for any table, row and column", () => {
    const row = fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.constant("total" as const));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), row, fc.integer({ min: 1, max: 30 }), (t, r, c) => {
        const address = { table: `T${t}`, row: r, column: `c${c}` };
        expect(parseCellTag(cellTag(address.table, address.row, address.column))).toEqual(address);
        expect(parseCellName(cellName(address.table, address.row, address.column))).toEqual(address);
      }),
    );
  });

  it("are not read from any other tag", () => {
    for (const tag of [
      figureTag("II.1.vbqpplDraftsRegistered"),
      tableTag("T2"),
      sectionTag("T2.r1.c4"),
      "bc:fig:T2.r0.c4",
      "bc:fig:T2.r1",
      "bc:fig:T2.rAll.c4",
      "other:fig:T2.r1.c4",
      "",
      null,
      undefined,
    ]) {
      expect(parseCellTag(tag)).toBeUndefined();
    }
  });

  it("are figure tags to parseTag", () => {
    expect(parseTag(cellTag("T9", "total", "c3"))).toEqual({ kind: "fig", name: "T9.rTotal.c3" });
  });
});
