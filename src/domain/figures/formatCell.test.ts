import type { ColumnDef, ColumnFormat } from "../template/types";
import { formatCell, formatNumber } from "./formatCell";
import { template } from "./seedFixture.testkit";

const column = (table: string, key: string): ColumnDef => template.tables[table]!.columns.find((c) => c.key === key)!;

describe("formatNumber", () => {
  it.each<[ColumnFormat, number, string]>([
    [{ kind: "integer" }, 2555, "2.555"],
    [{ kind: "integer" }, 3, "3"],
    [{ kind: "integer", pad: 2 }, 5, "05"],
    [{ kind: "integer", pad: 2 }, 1053, "1.053"],
    [{ kind: "percent", decimals: 1, space: true }, 96.3, "96,3 %"],
    [{ kind: "percent", decimals: 0 }, 100, "100%"],
    [{ kind: "percent", decimals: 0, sign: false }, 100, "100"],
    [{ kind: "percent", decimals: 2 }, 99.36, "99,36%"],
  ])("%j %d → %s", (format, value, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });
});

describe("formatCell", () => {
  it.each<[string, string, Parameters<typeof formatCell>[1], string]>([
    ["T4", "c1", { column: "c1", value: 85, parts: [57, 28] }, "85 (khối văn phòng 57, đơn vị sự nghiệp 28)"],
    ["T4", "c2", { column: "c2", value: 6, parts: [3, 3] }, "06 (văn phòng 03, đơn vị sự nghiệp 03)"],
    ["T4", "c3", { column: "c3", value: 31, parts: [28, 3] }, "31 (biên chế 28, hợp đồng 03)"],
    ["T10", "c4", { column: "c4", value: 53, note: "1cts do cty TS24 cấp" }, "53 (1cts do cty TS24 cấp)"],
    ["T10", "c4", { column: "c4", value: 53 }, "53"],
    ["T2", "c5", { column: "c5", value: null }, ""],
    ["T2", "c2", { column: "c2", value: "Công Thương" }, "Công Thương"],
    ["T9", "c12", { column: "c12", value: 100 }, "100"],
  ])("%s %s", (table, key, cell, text) => {
    expect(formatCell(column(table, key), cell)).toBe(text);
  });

  it("takes the total row's own format over the column's", () => {
    expect(formatCell(column("T1", "c5"), { column: "c5", value: 5 }, { kind: "integer", pad: 2 })).toBe("05");
  });
});
