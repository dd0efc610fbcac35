import { computeTable } from "./computeTable";
import { formatTable } from "./formatTable";
import { template } from "./seedFixture.testkit";

const T1 = template.tables.T1!;
const T2 = template.tables.T2!;
const print = (id: string, rows: readonly Record<string, unknown>[]) => {
  const def = template.tables[id]!;
  return formatTable(def, computeTable(def, rows));
};

describe("computeTable: percents", () => {
  it.each<[string, number, number, string]>([
    ["the seed's 2.460 of 2.555", 2460, 95, "96,3 %"],
    ["an exact place (1 of 8 = 12,5)", 1, 7, "12,5 %"],
    ["a half at the rounding place (1 of 16 = 6,25 → 6,3)", 1, 15, "6,3 %"],
    ["all of it", 7, 0, "100,0 %"],
    ["none of it", 0, 5, "0,0 %"],
  ])("%s", (_, c4, c6, expected) => {
    expect(print("T2", [{ c2: "X", c4, c6 }])[0]?.[4]).toBe(expected);
  });

  it("rounds half-up at no places in T5 (1 of 8 = 12,5 → 13%)", () => {
    expect(print("T5", [{ c2: 8, c3: 1 }, { c2: 0, c3: 0 }])[0]).toEqual(["Công chức", "8", "1", "13%"]);
  });

  it("leaves a percent of nothing blank (÷0), in the rows and in the total", () => {
    expect(print("T5", [{ c2: 0, c3: 0 }, { c2: 0, c3: 0 }])).toEqual([
      ["Công chức", "0", "0", ""],
      ["Viên chức", "0", "0", ""],
      ["Tổng", "0", "0", ""],
    ]);
  });

  it("recomputes the total's percents from the sums, never adds them up", () => {
    expect(print("T2", [{ c2: "A", c4: 1, c6: 2 }, { c2: "B", c4: 2, c6: 0 }])).toEqual([
      ["1", "A", "3", "1", "33,3 %", "2", "66,7 %"],
      ["2", "B", "2", "2", "100,0 %", "0", "0,0 %"],
      ["Tổng số", "5", "3", "60,0 %", "2", "40,0 %"],
    ]);
  });

  it("keeps typed values: numbers rounded to their column's places, blanks as null", () => {
    const body = computeTable(T2, [{ c2: "Công Thương", c4: 2460, c6: 95 }]);
    expect(body.rows[0]).toEqual({
      kind: "data",
      id: "r1",
      index: 0,
      cells: [
        { column: "c1", value: 1 },
        { column: "c2", value: "Công Thương" },
        { column: "c3", value: 2555 },
        { column: "c4", value: 2460 },
        { column: "c5", value: 96.3 },
        { column: "c6", value: 95 },
        { column: "c7", value: 3.7 },
      ],
    });
  });
});

describe("computeTable: sums and missing figures", () => {
  it("leaves a sum blank when an operand is missing, and its percent too", () => {
    expect(print("T9", [{ c2: "SCT", c4: 10, c7: 10, c8: 5, c10: 4, c11: 3 }])[0]).toEqual([
      "1", "SCT", "", "10", "", "15", "10", "5", "", "4", "3", "75", "",
    ]);
  });

  it("adds up the rows that have a figure in the total", () => {
    const rows = print("T9", [
      { c2: "A", c4: 1000, c5: 2000, c7: 1000, c8: 1000, c10: 3, c11: 2 },
      { c2: "B", c4: 500, c5: 10, c7: 0, c8: 10, c10: 3, c11: 3 },
    ]);
    expect(rows.at(-1)).toEqual(["Tổng", "3.510", "1.500", "2.010", "2.010", "1.000", "1.010", "57%", "6", "5", "83", ""]);
  });

  it("prints a fixed table's missing rows blank, group rows in place", () => {
    expect(print("T6", [])).toEqual([
      ["Đối với Trưởng phòng, Phó Trưởng phòng thuộc cấp Sở"],
      ...["Bổ nhiệm mới", "Bổ nhiệm lại", "Luân chuyển", "Miễn nhiệm", "Kỷ luật"].map((l) => [l, "", "", "", "", ""]),
      ["Số lượng công chức, viên chức được tuyển dụng"],
      ["Công chức", "", "", "", "", ""],
      ["Viên chức", "", "", "", "", ""],
    ]);
  });

  it("leaves a composite cell blank until all its parts are there", () => {
    expect(print("T4", [{ bcVanPhong: 57, c4: 1, c5: 2 }])).toEqual([["", "", "", "1", "2", "3"]]);
  });
});

describe("computeTable: T1's counts", () => {
  const row = (c3: string | null, c4: string, c5: string) => ({ c2: "TTHC", c3, c4, c5, c6: null, c7: null });

  it("counts filled cells, distinct units whatever their spacing and case, and rows", () => {
    const body = print("T1", [row("Trung ương", "Sở Công Thương", "A"), row(null, "sở công  thương", "A"), row("UBND tỉnh", "Sở Tư pháp", "B")]);
    expect(body.at(-1)).toEqual(["Tổng", "02", "02", "03", "03", "03"]);
  });

  it("has one data row per procedure, numbered", () => {
    expect(computeTable(T1, [row("Trung ương", "S", "A"), row("Trung ương", "S", "A")]).rows.map((r) => r.kind === "data" && r.cells[0]?.value)).toEqual([1, 2, false]);
  });
});
