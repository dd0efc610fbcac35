import { planRefresh, type PlanInput } from "./planRefresh";

const base = (over: Partial<PlanInput>): PlanInput => ({
  current: new Map(),
  written: {},
  desired: new Map(),
  desiredRows: new Map(),
  overwrite: new Set(),
  ...over,
});

describe("planRefresh", () => {
  it("plans nothing when the document already shows the figures", () => {
    const plan = planRefresh(
      base({
        current: new Map([
          ["bc:fig:a", ["07", "07"]],
          ["bc:per:label", ["Quí I năm 2021"]],
        ]),
        written: { "bc:fig:a": "07", "bc:per:label": "Quí I năm 2021" },
        desired: new Map([
          ["bc:fig:a", "07"],
          ["bc:per:label", "Quí I năm 2021"],
        ]),
      }),
    );
    expect(plan).toEqual({ changes: [], conflicts: [], rebuilds: [], issues: [] });
  });

  it("writes every occurrence of a changed figure, old → new", () => {
    const plan = planRefresh(
      base({
        current: new Map([
          ["bc:fig:a", ["07", "07"]],
          ["bc:fig:b", ["1"]],
        ]),
        written: { "bc:fig:a": "07", "bc:fig:b": "1" },
        desired: new Map([
          ["bc:fig:a", "08"],
          ["bc:fig:b", "1"],
        ]),
      }),
    );
    expect(plan.changes).toEqual([{ tag: "bc:fig:a", old: "07", new: "08", occurrences: 2 }]);
  });

  it("keeps a hand-edited figure as a conflict unless the clerk agrees", () => {
    const input = base({
      current: new Map([["bc:fig:a", ["09"]]]),
      written: { "bc:fig:a": "07" },
      desired: new Map([["bc:fig:a", "08"]]),
    });
    expect(planRefresh(input)).toEqual({
      changes: [],
      conflicts: [{ tag: "bc:fig:a", written: "07", current: "09", new: "08" }],
      rebuilds: [],
      issues: [],
    });
    expect(planRefresh({ ...input, overwrite: new Set(["bc:fig:a"]) }).changes).toEqual([
      { tag: "bc:fig:a", old: "09", new: "08", occurrences: 1 },
    ]);
    expect(planRefresh({ ...input, overwrite: "all" }).conflicts).toEqual([]);
  });

  it("treats every differing figure as possibly hand-edited when the document has no metadata", () => {
    const plan = planRefresh(
      base({
        current: new Map([["bc:fig:a", ["07"]]]),
        written: undefined,
        desired: new Map([["bc:fig:a", "08"]]),
      }),
    );
    expect(plan.conflicts.map((c) => c.tag)).toEqual(["bc:fig:a"]);
  });

  it("reports missing controls and duplicated sections", () => {
    const plan = planRefresh(
      base({
        current: new Map([["bc:sec:I.1", ["x", "x"]]]),
        desired: new Map([["bc:fig:gone", "1"]]),
      }),
    );
    expect(plan.issues).toEqual([
      { code: "doc.missingControl", path: ["doc", "bc:fig:gone"], params: { tag: "bc:fig:gone" } },
      { code: "doc.duplicateControl", path: ["doc", "bc:sec:I.1"], params: { tag: "bc:sec:I.1", count: 2 } },
    ]);
  });

  it("rebuilds a table whose rows changed in number instead of writing its cells", () => {
    const plan = planRefresh(
      base({
        current: new Map([
          ["bc:tbl:T2", [""]],
          ["bc:fig:T2.r1.c4", ["2.460"]],
          ["bc:fig:T2.rTotal.c4", ["2.460"]],
        ]),
        written: { "bc:fig:T2.r1.c4": "2.460", "bc:fig:T2.rTotal.c4": "2.460" },
        desired: new Map([
          ["bc:fig:T2.r1.c4", "2.460"],
          ["bc:fig:T2.r2.c4", "10"],
          ["bc:fig:T2.rTotal.c4", "2.470"],
        ]),
        desiredRows: new Map([["T2", 2]]),
      }),
    );
    expect(plan).toEqual({
      changes: [],
      conflicts: [],
      rebuilds: [{ tableId: "T2", oldRows: 1, newRows: 2 }],
      issues: [],
    });
  });

  it("holds back a rebuild that would discard a hand edit in that table", () => {
    const plan = planRefresh(
      base({
        current: new Map([
          ["bc:tbl:T2", [""]],
          ["bc:fig:T2.r1.c4", ["9"]],
        ]),
        written: { "bc:fig:T2.r1.c4": "2.460" },
        desired: new Map([
          ["bc:fig:T2.r1.c4", "2.460"],
          ["bc:fig:T2.r2.c4", "1"],
        ]),
        desiredRows: new Map([["T2", 2]]),
      }),
    );
    expect(plan.rebuilds).toEqual([]);
    expect(plan.conflicts).toEqual([
      { tag: "bc:fig:T2.r1.c4", written: "2.460", current: "9", new: "2.460" },
    ]);
  });
});
