import { seedFigures, template } from "../figures/seedFixture.testkit";
import type { Figures } from "../figures/schema";
import { issue } from "../issues/Issue";
import type { ColumnDef, Template } from "../template/types";
import { runChecks } from "./runChecks";

type Edit = (f: Figures) => void;

const row = (f: Figures, table: string, r: number): Record<string, unknown> => {
  const found = f.tables[table]?.rows[r];
  if (!found) throw new Error(`no row ${table}[${r}]`);
  return found;
};

/** The seed's figures with its own inconsistencies (§7 A1, A3, A4) put right: every rule holds. */
const consistent: Edit = (f) => {
  f.tables.T1?.rows.forEach((r) => Object.assign(r, { c6: "Quy chế phối hợp", c7: "Đã cấu hình" }));
  Object.assign(row(f, "T8", 0), { c1: 1, c3: 2 });
};

const figures = (...edits: readonly Edit[]): Figures => {
  const f = seedFigures();
  edits.forEach((e) => e(f));
  return f;
};

describe("runChecks on the Quý I/2021 figures", () => {
  it("finds exactly the seed's inconsistencies: A1 twice, A3, A4", () => {
    expect(runChecks(template, seedFigures())).toEqual([
      issue("check.totalOverEmpty", ["tables", "T1", "rows", "rTotal", "c6"], { value: 5 }, "warning"),
      issue("check.totalOverEmpty", ["tables", "T1", "rows", "rTotal", "c7"], { value: 5 }, "warning"),
      issue(
        "check.partExceedsWhole",
        ["tables", "T8", "rows", 0, "c2"],
        { part: "Đã thực hiện", partValue: 1, whole: "Tổng số cơ quan/đơn vị trực thuộc", wholeValue: 0 },
        "error",
      ),
      issue("check.crossFieldMismatch", ["tables", "T8", "rows", 0, "c3"], { other: "T3.r2.c3", value: 1, otherValue: 2 }, "warning"),
    ]);
  });

  it("is silent once those are put right", () => {
    expect(runChecks(template, figures(consistent))).toEqual([]);
  });
});

const T8_TOTAL = "Tổng số đơn vị sự nghiệp công lập";
const T8_ELIGIBLE = "Tổng số đơn vị sự nghiệp đủ điều kiện vận dụng cơ chế tài chính như doanh nghiệp";

describe.each<[string, Edit, ReturnType<typeof issue>]>([
  [
    "T8 ND 16 done > total",
    (f) => Object.assign(row(f, "T8", 0), { c4: 3 }),
    issue("check.partExceedsWhole", ["tables", "T8", "rows", 0, "c4"], { part: "Đã thực hiện", partValue: 3, whole: T8_TOTAL, wholeValue: 2 }, "error"),
  ],
  [
    "T8 eligible > total",
    (f) => Object.assign(row(f, "T8", 0), { c5: 3, c6: 1 }),
    issue("check.partExceedsWhole", ["tables", "T8", "rows", 0, "c5"], { part: T8_ELIGIBLE, partValue: 3, whole: T8_TOTAL, wholeValue: 2 }, "error"),
  ],
  [
    "T8 approved > eligible",
    (f) => Object.assign(row(f, "T8", 0), { c6: 2 }),
    issue(
      "check.partExceedsWhole",
      ["tables", "T8", "rows", 0, "c6"],
      { part: "Số đơn vị sự nghiệp được phê duyệt Đề án vận dụng cơ chế tài chính như doanh nghiệp", partValue: 2, whole: T8_ELIGIBLE, wholeValue: 1 },
      "error",
    ),
  ],
  [
    "T8 units ≠ T3's for the report year",
    (f) => Object.assign(row(f, "T3", 1), { c3: 3 }),
    issue("check.crossFieldMismatch", ["tables", "T8", "rows", 0, "c3"], { other: "T3.r2.c3", value: 2, otherValue: 3 }, "warning"),
  ],
  [
    "T4 allocated to the units (c3) ≠ at work there (c6)",
    (f) => Object.assign(row(f, "T4", 0), { c4: 27 }),
    issue("check.crossFieldMismatch", ["tables", "T4", "rows", 0, "c3"], { other: "T4.r1.c6", value: 31, otherValue: 30 }, "warning"),
  ],
  [
    "T4 the units' posts in c3 ≠ in c1",
    (f) => Object.assign(row(f, "T4", 0), { dvsnBienChe: 27, dvsnHopDong: 4 }),
    issue("check.crossFieldMismatch", ["tables", "T4", "rows", 0, "dvsnBienChe"], { other: "T4.r1.bcDvsn", value: 27, otherValue: 28 }, "warning"),
  ],
  [
    "signed outgoing documents ≠ T9's electronic sent column",
    (f) => (f.fields["II.6.a.signedOutgoingDocs"] = 1050),
    issue("check.crossFieldMismatch", ["fields", "II.6.a.signedOutgoingDocs"], { other: "T9.c7", value: 1050, otherValue: 1053 }, "error"),
  ],
  [
    "T10 Ban Cơ yếu's certificates > all certificates",
    (f) => Object.assign(row(f, "T10", 1), { c4: 54 }),
    issue("check.partExceedsWhole", ["tables", "T10", "rows", 1, "c4"], { part: "T10.r2.c4", partValue: 54, whole: "T10.r1.c4", wholeValue: 53 }, "error"),
  ],
  [
    "T6 6 months below Quí I",
    (f) => Object.assign(row(f, "T6", 1), { c4: 1 }),
    issue("check.progressiveDecrease", ["tables", "T6", "rows", 1, "c4"], { from: "Quí I", fromValue: 2, to: "06 tháng", toValue: 1 }, "error"),
  ],
  [
    "T7 Năm below Quí I, across blank columns",
    (f) => Object.assign(row(f, "T7", 8), { c6: 0 }),
    issue("check.progressiveDecrease", ["tables", "T7", "rows", 8, "c6"], { from: "Quí I", fromValue: 1, to: "Năm", toValue: 0 }, "error"),
  ],
  [
    "T1 a total over an empty column",
    (f) => f.tables.T1?.rows.forEach((r) => (r.c7 = null)),
    issue("check.totalOverEmpty", ["tables", "T1", "rows", "rTotal", "c7"], { value: 5 }, "warning"),
  ],
  [
    "a ratio over its whole",
    (f) => (f.fields["II.6.c.egovOnlineProcs"] = { num: 117, den: 116 }),
    issue("check.ratioOverWhole", ["fields", "II.6.c.egovOnlineProcs"], { num: 117, den: 116 }, "error"),
  ],
  [
    "a computed figure sent with the data, disagreeing",
    (f) => (f.fields["II.6.c.egovOnlinePct"] = 99),
    issue("check.ratioMismatch", ["fields", "II.6.c.egovOnlinePct"], { value: 99, expected: 100 }, "error"),
  ],
])("rule: %s", (_, bad, expected) => {
  it("fires on the bad figures, with code, path and params", () => {
    expect(runChecks(template, figures(consistent, bad))).toEqual([expected]);
  });
});

describe("silent where the figures may look odd but are fine", () => {
  it.each<[string, Edit]>([
    ["progressive columns that grow, with a blank between", (f) => Object.assign(row(f, "T6", 1), { c4: null, c5: 3, c6: 3 })],
    ["a total over a partly filled column", (f) => Object.assign(row(f, "T1", 0), { c7: null })],
    ["a computed figure sent with the data, agreeing", (f) => (f.fields["II.6.c.egovOnlinePct"] = 100)],
    ["blank cells on either side of a rule", (f) => Object.assign(row(f, "T8", 0), { c1: null, c3: null })],
    ["a Năm trước larger than the report year's columns", (f) => Object.assign(row(f, "T7", 3), { c2: 99 })],
  ])("%s", (_, edit) => {
    expect(runChecks(template, figures(consistent, edit))).toEqual([]);
  });
});

describe("input-and-checked formulas (T2 c3 as input)", () => {
  const withInput = (key: string): Template => {
    const T2 = template.tables.T2!;
    const columns = T2.columns.map((c): ColumnDef => (c.key === key ? { ...c, class: "IN" } : c));
    return { ...template, tables: { ...template.tables, T2: { ...T2, columns } } };
  };
  const t2 = (values: Record<string, unknown>): Edit => (f) => Object.assign(row(f, "T2", 0), values);

  it.each<[string, string, Record<string, unknown>, ReturnType<typeof issue>[]]>([
    ["c3 = c4 + c6 holds", "c3", { c3: 2555 }, []],
    ["c3 ≠ c4 + c6", "c3", { c3: 2556 }, [issue("check.sumMismatch", ["tables", "T2", "rows", 0, "c3"], { expected: 2555, actual: 2556 }, "error")]],
    ["c5 = c4 / c3 at one place", "c5", { c5: 96.28 }, []],
    ["c5 ≠ c4 / c3", "c5", { c5: 95 }, [issue("check.ratioMismatch", ["tables", "T2", "rows", 0, "c5"], { value: 95, expected: 96.3 }, "error")]],
  ])("%s", (_, key, values, expected) => {
    expect(runChecks(withInput(key), figures(consistent, t2(values)))).toEqual(expected);
  });
});
