import type { Issue } from "../../src/domain/issues/Issue";
import { parsePastedTable } from "../../src/domain/paste/parsePastedTable";
import type { PastedTable } from "../../src/domain/paste/PastedTable";
import { miniTemplate as template } from "./miniTemplate";
import { readSample } from "./readSample";

const t2Rows = [{ c2: "Công Thương", c3: 2555, c4: 2460, c6: 95 }];
const progressive = (prev: number, q1: number) => ({ c2: prev, c3: q1, c4: null, c5: null, c6: null });
const t6Rows = [[0, 0], [0, 2], [2, 0], [0, 0], [2, 0], [0, 0], [3, 0]].map(([a, b]) => progressive(a ?? 0, b ?? 0));
const t7Rows = [[0, 0], [3, 0], [1, 0], [17, 0], [6, 0], [0, 0], [0, 0], [0, 0], [10, 1], [2, 0]].map(([a, b]) => progressive(a ?? 0, b ?? 0));
const t9Rows = [{ c2: "SCT", c4: 1053, c5: 2195, c7: 1053, c8: 2195, c10: 56, c11: 56, c13: null }];

describe("parsePastedTable reads the seed's tables as spreadsheets copy them", () => {
  it.each<[string, string | undefined, PastedTable]>([
    ["t2-excel.tsv", undefined, { tableId: "T2", mode: "variable", rows: t2Rows }],
    ["t2-calc-semicolon.csv", undefined, { tableId: "T2", mode: "variable", rows: t2Rows }],
    ["t2-sheets.tsv", undefined, { tableId: "T2", mode: "variable", rows: t2Rows }],
    ["t2-comma.csv", undefined, { tableId: "T2", mode: "variable", rows: t2Rows }],
    ["t2-excel.tsv", "T2", { tableId: "T2", mode: "variable", rows: t2Rows }],
    ["t2-noheader.tsv", "T2", { tableId: "T2", mode: "variable", rows: t2Rows }],
    ["t6-excel.tsv", undefined, { tableId: "T6", mode: "fixed", rows: t6Rows }],
    ["t7-calc-semicolon.csv", undefined, { tableId: "T7", mode: "fixed", rows: t7Rows }],
    ["t9-excel.tsv", undefined, { tableId: "T9", mode: "variable", rows: t9Rows }],
    ["t9-sheets.tsv", "T9", { tableId: "T9", mode: "variable", rows: t9Rows }],
  ])("%s (table %s)", (sample, table, expected) => {
    expect(parsePastedTable(readSample(sample), template, table ? { table } : {})).toEqual({ value: expected, issues: [] });
  });
});

describe("parsePastedTable reports every bad cell at its place", () => {
  const at = (line: number, col: number, code: string, params: Record<string, string | number>, severity?: "warning"): Issue =>
    ({ code, path: ["paste", line, col], params: { table: "T2", ...params }, ...(severity ? { severity } : {}) }) as Issue;

  it("text, a decimal and an ambiguous number in count columns", () => {
    expect(parsePastedTable(readSample("t2-bad-cells.tsv"), template)).toEqual({
      value: undefined,
      issues: [
        at(2, 2, "paste.badNumber", { column: "Tổng số hồ sơ đã tiếp nhận", value: "abc" }),
        at(3, 3, "paste.notAnInteger", { column: "Số hồ sơ thực hiện mức độ 3 và 4", value: "1,5" }),
        at(3, 5, "paste.ambiguousNumber", { column: "Tổng số hồ sơ", value: "1,053", first: 1.053, second: 1053 }),
      ],
    });
  });

  it("a total row that does not add up, and a computed cell that disagrees", () => {
    const text = readSample("t2-excel.tsv").replace("2.460\t96,3 %\t95\t3,7 %\r\n\tTổng số\t2.555", "2.460\t90 %\t95\t3,7 %\r\n\tTổng số\t2.556");
    expect(parsePastedTable(text, template)).toEqual({
      value: undefined,
      issues: [
        at(2, 4, "paste.computedMismatch", { column: "Tỷ lệ (%)", expected: 96.3, actual: "90 %" }, "warning"),
        at(3, 2, "paste.totalMismatch", { column: "Tổng số hồ sơ đã tiếp nhận", expected: 2555, actual: "2.556" }),
      ],
    });
  });

  it("a header that matches no table", () => {
    expect(parsePastedTable(readSample("unknown-header.tsv"), template)).toEqual({
      value: undefined,
      issues: [{ code: "paste.unknownTable", path: ["paste", 0] }],
    });
  });

  it("another table's header than the one named", () => {
    expect(parsePastedTable(readSample("t6-excel.tsv"), template, { table: "T2" }).issues).toEqual([
      { code: "paste.tableMismatch", path: ["paste", 0], params: { table: "T2", found: "T6" } },
    ]);
  });

  it("a headerless paste whose width fits no column order", () => {
    expect(parsePastedTable("Công Thương\t2.555\t2.460\r\n", template, { table: "T2" }).issues).toEqual([
      { code: "paste.columnCount", path: ["paste", 0], params: { table: "T2", expected: 7, actual: 3 } },
    ]);
  });

  it("repeated row labels without their group rows", () => {
    const { value, issues } = parsePastedTable(readSample("t7-no-groups.tsv"), template);
    expect(value).toBeUndefined();
    expect(issues[0]).toEqual({
      code: "paste.ambiguousRow",
      path: ["paste", 2, 0],
      params: { table: "T7", column: "Nội dung", label: "Thạc sỹ trở lên", candidates: "1, 6" },
    });
    expect(issues.map((i) => i.code)).toEqual(Array(10).fill("paste.ambiguousRow"));
  });

  it("an unknown row label and a row pasted twice", () => {
    const text = "Nội dung\tNăm trước\tNăm (Quý) báo cáo\r\n\t\tQuý I\r\nBổ nhiệm mới\t1\t1\r\nBo nhiem moi\t2\t2\r\nThăng chức\t1\t1\r\n";
    expect(parsePastedTable(text, template).issues).toEqual([
      { code: "paste.duplicateRow", path: ["paste", 3, 0], params: { table: "T6", column: "Nội dung", label: "Bo nhiem moi" } },
      { code: "paste.unknownRow", path: ["paste", 4, 0], params: { table: "T6", column: "Nội dung", label: "Thăng chức" } },
    ]);
  });

  it("nothing pasted", () => {
    expect(parsePastedTable("\r\n", template)).toEqual({ value: undefined, issues: [{ code: "paste.empty", path: ["paste"] }] });
  });
});

describe("parsePastedTable takes JSON", () => {
  it.each<[string, unknown, string | undefined]>([
    ["as the paste command prints it", { table: "T2", rows: t2Rows }, undefined],
    ["a Figures object with one table", { template: "mini", tables: { T2: { rows: t2Rows } } }, undefined],
    ["an array of rows for the named table", t2Rows, "T2"],
    ["strings read like cells", [{ c2: "Công Thương", c3: "2.555", c4: "2.460", c6: "95" }], "T2"],
  ])("%s", (_, json, table) => {
    expect(parsePastedTable(JSON.stringify(json), template, table ? { table } : {}).value).toEqual({ tableId: "T2", mode: "variable", rows: t2Rows });
  });

  it("reports a computed column and a decimal count", () => {
    expect(parsePastedTable(JSON.stringify([{ c3: 2.5, c5: 96.3 }]), template, { table: "T2" }).issues).toEqual([
      { code: "paste.notAnInteger", path: ["paste", 0, "c3"], params: { table: "T2", column: "Tổng số hồ sơ đã tiếp nhận", value: "2.5" } },
      { code: "figures.unknownKey", path: ["paste", 0, "c5"], params: { key: "c5" } },
    ]);
  });
});
