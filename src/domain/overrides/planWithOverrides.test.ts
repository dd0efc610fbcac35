import { formatTimestamp } from "../format";
import { planWithOverrides, type OverridePlanInput } from "./planWithOverrides";

const now = new Date("2026-12-02T08:26:00.000Z");
/** A row "a", and "sum" computed from it; the recomputation doubles nothing, it adds 100. */
const recompute = (values: ReadonlyMap<string, string>) => {
  const a = Number(values.get("bc:fig:a") ?? "1");
  return { texts: new Map([["bc:fig:a", String(a)], ["bc:fig:sum", String(a + 100)]]), rows: new Map() };
};
const base = (over: Partial<OverridePlanInput>): OverridePlanInput => ({
  current: new Map([["bc:fig:a", ["5"]], ["bc:fig:sum", ["101"]]]),
  written: { "bc:fig:a": "1", "bc:fig:sum": "101" },
  desired: new Map([["bc:fig:a", "1"], ["bc:fig:sum", "101"]]),
  desiredRows: new Map(),
  overwrite: new Set(),
  previous: {},
  now,
  recompute,
  ...over,
});

describe("planWithOverrides", () => {
  it("keeps a hand edit as an override, with what it replaced and when, and recomputes what follows it", () => {
    const { plan, overrides, desired } = planWithOverrides(base({}));
    expect(overrides).toEqual({ "bc:fig:a": { value: "5", replaced: "1", at: "2026-12-02T08:26:00.000Z" } });
    expect(plan.changes).toEqual([{ tag: "bc:fig:sum", old: "101", new: "105", occurrences: 1 }]);
    expect(plan.conflicts).toEqual([{ tag: "bc:fig:a", written: "1", current: "5", new: "1" }]);
    expect(desired.get("bc:fig:sum")).toBe("105");
  });

  it("lets a hand edit go when the clerk takes the new figure: no override, nothing recomputed", () => {
    const { plan, overrides } = planWithOverrides(base({ overwrite: new Set(["bc:fig:a"]) }));
    expect(overrides).toEqual({});
    expect(plan.changes).toEqual([{ tag: "bc:fig:a", old: "5", new: "1", occurrences: 1 }]);
  });

  it("keeps a recorded override (with its first date) and shows the new figure beside it", () => {
    const previous = { "bc:fig:a": { value: "5", replaced: "1", at: "2026-11-01T00:00:00.000Z" } };
    const { plan, overrides } = planWithOverrides(
      base({
        current: new Map([["bc:fig:a", ["5"]], ["bc:fig:sum", ["105"]]]),
        written: { "bc:fig:a": "5", "bc:fig:sum": "105" },
        desired: new Map([["bc:fig:a", "2"], ["bc:fig:sum", "102"]]),
        previous,
      }),
    );
    expect(overrides).toEqual(previous);
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([{ tag: "bc:fig:a", written: "1", current: "5", new: "2" }]);
  });

  it("keeps what an override replaced first when the clerk types over it again", () => {
    const previous = { "bc:fig:a": { value: "5", replaced: "1", at: "2026-11-01T00:00:00.000Z" } };
    const { overrides, plan } = planWithOverrides(
      base({
        current: new Map([["bc:fig:a", ["7"]], ["bc:fig:sum", ["105"]]]),
        written: { "bc:fig:a": "5", "bc:fig:sum": "105" },
        previous,
      }),
    );
    expect(overrides["bc:fig:a"]).toEqual({ value: "7", replaced: "1", at: now.toISOString() });
    expect(plan.changes.map((c) => [c.tag, c.new])).toEqual([["bc:fig:sum", "107"]]);
  });

  it("drops an override the clerk erased by typing the figure back", () => {
    const previous = { "bc:fig:a": { value: "5", replaced: "1", at: "2026-11-01T00:00:00.000Z" } };
    const { overrides, plan } = planWithOverrides(
      base({ current: new Map([["bc:fig:a", ["1"]], ["bc:fig:sum", ["105"]]]), written: { "bc:fig:a": "5", "bc:fig:sum": "105" }, previous }),
    );
    expect(overrides).toEqual({});
    expect(plan.changes.map((c) => [c.tag, c.new])).toEqual([["bc:fig:sum", "101"]]);
  });
});

it("formatTimestamp reads an instant on Vietnam's clock", () => {
  expect(formatTimestamp("2026-12-02T08:26:00.000Z")).toBe("02/12/2026 15:26");
  expect(formatTimestamp("2026-12-31T20:00:00.000Z")).toBe("01/01/2027 03:00");
  expect(formatTimestamp("nonsense")).toBe("");
});
