import type { Issue } from "../../src/domain/issues/Issue";
import { parsePastedTable } from "../../src/domain/paste/parsePastedTable";
import { cchcQuarterlySct as template } from "../../src/domain/template/cchcQuarterlySct";
import { seedFigures, seedTable } from "./fixture";
import { readSample } from "./readSample";

describe("parsePastedTable reads the seed's tables as spreadsheets copy them, to the fixture's values", () => {
  it.each<[string, string | undefined, string]>([
    ["t1-excel.tsv", undefined, "T1"],
    ["t2-excel.tsv", undefined, "T2"],
    ["t2-calc-semicolon.csv", undefined, "T2"],
    ["t2-sheets.tsv", undefined, "T2"],
    ["t2-comma.csv", undefined, "T2"],
    ["t2-excel.tsv", "T2", "T2"],
    ["t2-noheader.tsv", "T2", "T2"],
    ["t3-sheets.tsv", undefined, "T3"],
    ["t4-excel.tsv", undefined, "T4"],
    ["t5-excel.tsv", undefined, "T5"],
    ["t6-excel.tsv", undefined, "T6"],
    ["t6-excel.tsv", "T6", "T6"],
    ["t7-calc-semicolon.csv", undefined, "T7"],
    ["t9-excel.tsv", undefined, "T9"],
    ["t9-sheets.tsv", "T9", "T9"],
    ["t8-excel.tsv", undefined, "T8"],
    ["t10-calc-semicolon.csv", undefined, "T10"],
    ["t11-calc-semicolon.csv", undefined, "T11"],
  ])("%s (table named: %s) → %s", (sample, table, expected) => {
    expect(parsePastedTable(readSample(sample), template, table ? { table } : {})).toEqual({ value: seedTable(expected), issues: [] });
  });

  it("reads only the typed columns, in order, when the clerk names the table", () => {
    expect(parsePastedTable("Công Thương\t2.460\t95\r\n", template, { table: "T2" })).toEqual({ value: seedTable("T2"), issues: [] });
  });
});

describe("parsePastedTable reports every bad cell at its place", () => {
  const at = (line: number, col: number, code: string, params: Record<string, string | number>): Issue =>
    ({ code, path: ["paste", line, col], params: { table: "T2", ...params } }) as Issue;

  it("text, a decimal and an ambiguous number in count columns", () => {
    expect(parsePastedTable(readSample("t2-bad-cells.tsv"), template)).toEqual({
      value: undefined,
      issues: [
        at(2, 3, "paste.badNumber", { column: "Số hồ sơ thực hiện mức độ 3 và 4", value: "abc" }),
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
        { ...at(2, 4, "paste.computedMismatch", { column: "Tỷ lệ (%)", expected: 96.3, actual: "90 %" }), severity: "warning" },
        at(3, 2, "paste.totalMismatch", { column: "Tổng số hồ sơ đã tiếp nhận", expected: 2555, actual: "2.556" }),
      ],
    });
  });

  it("a computed cell that disagrees is a warning: the value still comes", () => {
    const text = readSample("t9-excel.tsv").replace("1\tSCT\t3.248", "1\tSCT\t3.249");
    expect(parsePastedTable(text, template)).toEqual({
      value: seedTable("T9"),
      issues: [
        {
          code: "paste.computedMismatch",
          path: ["paste", 4, 2],
          params: { table: "T9", column: "Tổng", expected: 3248, actual: "3.249" },
          severity: "warning",
        },
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
    expect(parsePastedTable("Công Thương\t2.460\r\n", template, { table: "T2" }).issues).toEqual([
      { code: "paste.columnCount", path: ["paste", 0], params: { table: "T2", expected: 7, actual: 2 } },
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

  it("a composite cell whose parts do not add up to its total", () => {
    const text = readSample("t4-excel.tsv").replace("85 (khối văn phòng 57", "86 (khối văn phòng 57");
    expect(parsePastedTable(text, template).issues).toEqual([
      { code: "paste.totalMismatch", path: ["paste", 3, 0], params: { table: "T4", column: "Biên chế", expected: 85, actual: 86 } },
    ]);
  });

  it("a value outside an enumeration", () => {
    const text = readSample("t1-excel.tsv").replace("\tTrung ương\tSở Công Thương\tCông an tỉnh", "\tBộ Công Thương\tSở Công Thương\tCông an tỉnh");
    expect(parsePastedTable(text, template).issues).toEqual([
      {
        code: "paste.notInEnum",
        path: ["paste", 1, 2],
        params: { table: "T1", column: "Theo Quy định của Trung ương, UBND tỉnh", value: "Bộ Công Thương", options: "Trung ương, UBND tỉnh" },
      },
    ]);
  });

  it("a header without data", () => {
    expect(parsePastedTable("Nội dung\tNăm trước\tNăm (Quí) báo cáo\r\n", template)).toEqual({
      value: undefined,
      issues: [{ code: "paste.noData", path: ["paste"], params: { table: "T6" } }],
    });
  });

  it("nothing pasted", () => {
    expect(parsePastedTable("\r\n", template)).toEqual({ value: undefined, issues: [{ code: "paste.empty", path: ["paste"] }] });
  });
});

describe("parsePastedTable takes JSON", () => {
  const t2 = seedTable("T2");
  it.each<[string, unknown, string | undefined, string]>([
    ["as the paste command prints it", { table: "T2", rows: t2.rows }, undefined, "T2"],
    ["a Figures object with one table", { template: template.id, tables: { T2: { rows: t2.rows } } }, undefined, "T2"],
    ["the whole fixture, the table named", seedFigures, "T9", "T9"],
    ["an array of rows for the named table", t2.rows, "T2", "T2"],
    ["strings read like cells", [{ c2: "Công Thương", c4: "2.460", c6: "95" }], "T2", "T2"],
  ])("%s", (_, json, table, expected) => {
    expect(parsePastedTable(JSON.stringify(json), template, table ? { table } : {})).toEqual({ value: seedTable(expected), issues: [] });
  });

  it("reports a computed column and a decimal count", () => {
    expect(parsePastedTable(JSON.stringify([{ c4: 2.5, c5: 96.3 }]), template, { table: "T2" }).issues).toEqual([
      { code: "paste.notAnInteger", path: ["paste", 0, "c4"], params: { table: "T2", column: "Số hồ sơ thực hiện mức độ 3 và 4", value: "2.5" } },
      { code: "figures.unknownKey", path: ["paste", 0, "c5"], params: { key: "c5" } },
    ]);
  });
});
