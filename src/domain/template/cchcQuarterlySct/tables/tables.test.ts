import { inlineNotation } from "../../markup";
import type { HeaderCell, TableDef } from "../../types";
import { tables } from "./index";

const leaves = (cells: readonly HeaderCell[]): readonly HeaderCell[] =>
  cells.flatMap((c) => (c.children ? leaves(c.children) : [c]));

const all = Object.values(tables);
// Percent columns of the tables that have a total row (a table without one has nothing to recompute).
const withPct = all
  .filter((t) => t.total)
  .flatMap((t) => t.columns.filter((c) => c.formula?.op === "pct").map((c) => [t.id, c.key, t] as const));

describe.each(all.map((t) => [t.id, t] as const))("table %s", (_, def: TableDef) => {
  it("keys its columns c1…cN by physical leaf column, every column under exactly one header leaf", () => {
    expect(def.columns.map((c) => c.key)).toEqual(def.columns.map((_, i) => `c${i + 1}`));
    expect(leaves(def.header).map((l) => l.column)).toEqual(def.columns.map((c) => c.key));
  });

  it("has widths for every column, summing to 100", () => {
    expect(def.widths).toHaveLength(def.columns.length);
    expect(def.widths?.reduce((s, w) => s + w, 0)).toBe(100);
  });

  it("computes only from columns it has, and aggregates only columns after the total's label", () => {
    const keys = new Set(def.columns.map((c) => c.key));
    for (const c of def.columns) {
      const f = c.formula;
      const operands = !f ? [] : f.op === "sum" ? f.of : [f.num, f.den];
      expect(operands.filter((k) => !keys.has(k))).toEqual([]);
    }
    const after = def.columns.slice(def.total?.labelSpan ?? 0).map((c) => c.key);
    expect(Object.keys(def.total?.aggregations ?? {}).filter((k) => !after.includes(k))).toEqual([]);
  });

  it("gives every computed cell a formula or parts, and no input cell parts", () => {
    for (const c of def.columns) {
      if (c.class === "CALC") expect(Boolean(c.formula) || (c.parts?.length ?? 0) > 0).toBe(true);
      else expect(c.parts).toBeUndefined();
    }
  });
});

describe("percent columns", () => {
  it.each(withPct)("%s %s is recomputed in the total row, never summed", (_, key, def) => {
    expect(def.total?.aggregations[key]).toBe("recompute");
  });
});

describe("table layouts of the seed", () => {
  it.each<[string, string, number | undefined]>([
    ["T1", "c1", 1],
    ["T2", "c1", 1],
    ["T9", "c1", 1],
  ])("%s has variable rows numbered in %s, at least one", (id, numberColumn, minRows) => {
    expect(tables[id]?.rows).toEqual({ mode: "variable", numberColumn, minRows });
  });

  it.each([
    ["T3", ["1. Số phòng thuộc Sở", "2. Số đơn vị sự nghiệp thuộc Sở"]],
    ["T5", ["Công chức", "Viên chức"]],
    ["T6", ["Đối với Trưởng phòng, Phó Trưởng phòng thuộc cấp Sở", "Bổ nhiệm mới", "Bổ nhiệm lại", "Luân chuyển", "Miễn nhiệm", "Kỷ luật", "Số lượng công chức, viên chức được tuyển dụng", "Công chức", "Viên chức"]],
  ])("%s has the seed's row labels, group rows included", (id, labels) => {
    const rows = tables[id]?.rows;
    expect(rows?.mode === "fixed" ? rows.rows.map((r) => (r.kind === "group" ? r.label : r.label?.c1)) : []).toEqual(labels);
  });

  it("names the years of T3 and T4 by period slots", () => {
    expect(tables.T3?.header.map((h) => inlineNotation(h.label))).toEqual(["Nội dung", "Năm {per:prevYear}", "Năm {per:year}"]);
    const allocation = tables.T4?.header[0]?.children?.[0];
    expect(allocation && inlineNotation(allocation.label)).toBe("Phân bổ năm {per:year}");
  });

  it("marks T6 and T7's period columns progressive, T3's year columns, T10's previous column", () => {
    for (const id of ["T6", "T7"]) expect(tables[id]?.columns.map((c) => c.progressive)).toEqual([undefined, "prev", "Q1", "H1", "M9", "Y"]);
    expect(tables.T3?.columns.map((c) => c.yearColumn)).toEqual([undefined, "prev", "current"]);
    expect(tables.T10?.columns.find((c) => c.key === "c3")?.previousOf).toBe("c4");
  });

  it("prints T9's column numbers and declares T1's mixed aggregations", () => {
    expect(tables.T9?.numberRow).toBe(true);
    expect(tables.T1?.total?.aggregations).toEqual({ c3: "countNonEmpty", c4: "countDistinct", c5: "rowCount", c6: "rowCount", c7: "rowCount" });
  });
});
