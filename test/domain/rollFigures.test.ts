import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Figures } from "../../src/domain/figures/schema";
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";
import { rollFigures } from "../../src/domain/roll";

const q1: Figures = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/figures/sct-dongnai-2021-Q1.json"), "utf8"),
);
const rows = (f: Figures, t: string) => f.tables[t]?.rows ?? [];

describe("rollFigures", () => {
  it("moves Quý I to 6 tháng: period figures cleared, T6's Quý I kept and its 6 tháng column open, windows moved", () => {
    const { figures, cleared } = rollFigures(cchcQuarterlySct, q1, { year: 2021, kind: "H1" }).value!;
    expect({ period: figures.period, window: figures.dataWindow, asOf: figures.asOfDate }).toEqual({
      period: "2021-H1",
      window: { from: "2021-01-01", to: "2021-06-01" },
      asOf: "2021-06-02",
    });
    expect(figures.fields["II.2.2.1.onTimeRatePct"]).toBeUndefined();
    expect(figures.fields["II.2.2.1.oneStopStaffMain"]).toBe(1);
    expect(rows(figures, "T6")[1]).toEqual({ c2: 0, c3: 2, c4: null, c5: null, c6: null });
    expect(rows(figures, "T2")[0]).toEqual({ c2: "Công Thương", c4: null, c6: null });
    expect(rows(figures, "T10").map((r) => [r.c3, r.c4, r.c4Note])).toEqual([
      [53, null, null],
      [52, null, null],
    ]);
    expect(cleared).toEqual(expect.arrayContaining(["II.2.2.1.onTimeRatePct", "T2.r1.c4", "T9.r1.c7"]));
  });

  it("at the year change puts the year's last filled figure into Năm trước and last year's T3 column", () => {
    const { figures } = rollFigures(
      cchcQuarterlySct,
      { ...q1, period: "2021-Y" },
      { year: 2022, kind: "Q1" },
    ).value!;
    expect(rows(figures, "T6")[1]).toEqual({ c2: 2, c3: null, c4: null, c5: null, c6: null });
    expect(rows(figures, "T3")[0]).toEqual({ c2: 6, c3: 6 });
    expect(figures.period).toBe("2022-Q1");
  });

  it("leaves static tables and targets alone", () => {
    const { figures } = rollFigures(cchcQuarterlySct, q1, { year: 2021, kind: "H1" }).value!;
    expect(figures.tables.T4).toEqual(q1.tables.T4);
    expect(figures.tables.T11).toEqual(q1.tables.T11);
    expect(figures.fields["I.1.target.ktktNormsPct"]).toBe(90);
  });

  it("returns a figures.badPeriod issue, and no value, for figures whose period cannot be read", () => {
    const rolled = rollFigures(cchcQuarterlySct, { ...q1, period: "2021-Q5" }, { year: 2021, kind: "H1" });
    expect(rolled).toEqual({
      value: undefined,
      issues: [{ code: "figures.badPeriod", path: ["period"], params: { value: "2021-Q5" } }],
    });
  });
});
