import { parseInline } from "../template/markup";
import type { HeaderCell } from "../template/types";
import { headerGrid, headerLeaves } from "./headerGrid";

const leaf = (label: string, column: string): HeaderCell => ({ label: parseInline(label), column });
const group = (label: string, children: readonly HeaderCell[]): HeaderCell => ({ label: parseInline(label), children });
const shape = (header: readonly HeaderCell[]) =>
  headerGrid(header).cells.map((p) => [p.cell.label.map((i) => (i.kind === "text" ? i.text : "")).join(""), p.row, p.column, p.colSpan, p.rowSpan]);

describe("headerGrid", () => {
  it("lays a flat header on one row", () => {
    expect(headerGrid([leaf("A", "c1"), leaf("B", "c2")])).toMatchObject({ rows: 1, columns: 2 });
    expect(shape([leaf("A", "c1"), leaf("B", "c2")])).toEqual([
      ["A", 0, 0, 1, 1],
      ["B", 0, 1, 1, 1],
    ]);
  });

  it("lets a leaf beside a group reach down to the last row (T2)", () => {
    const t2 = [leaf("STT", "c1"), leaf("Tổng", "c3"), group("Mức độ 3, 4", [leaf("Số", "c4"), leaf("Tỷ lệ", "c5")])];
    expect(shape(t2)).toEqual([
      ["STT", 0, 0, 1, 2],
      ["Tổng", 0, 1, 1, 2],
      ["Mức độ 3, 4", 0, 2, 2, 1],
      ["Số", 1, 2, 1, 1],
      ["Tỷ lệ", 1, 3, 1, 1],
    ]);
  });

  it("handles three levels with a leaf at the middle level (T4)", () => {
    const t4 = [
      group("Giao", [group("Phân bổ", [leaf("Biên chế", "c1"), leaf("Hợp đồng", "c2")]), leaf("Đơn vị", "c3")]),
      group("Đang làm việc", [group("Biên chế", [leaf("Số người", "c4"), leaf("Hợp đồng", "c5")]), leaf("Tổng", "c6")]),
    ];
    expect(headerGrid(t4)).toMatchObject({ rows: 3, columns: 6 });
    expect(shape(t4)).toEqual([
      ["Giao", 0, 0, 3, 1],
      ["Đang làm việc", 0, 3, 3, 1],
      ["Phân bổ", 1, 0, 2, 1],
      ["Đơn vị", 1, 2, 1, 2],
      ["Biên chế", 1, 3, 2, 1],
      ["Tổng", 1, 5, 1, 2],
      ["Biên chế", 2, 0, 1, 1],
      ["Hợp đồng", 2, 1, 1, 1],
      ["Số người", 2, 3, 1, 1],
      ["Hợp đồng", 2, 4, 1, 1],
    ]);
    expect(headerLeaves(t4).map((l) => l.column)).toEqual(["c1", "c2", "c3", "c4", "c5", "c6"]);
  });

  it("is empty for an empty header", () => {
    expect(headerGrid([])).toEqual({ rows: 0, columns: 0, cells: [] });
  });
});
