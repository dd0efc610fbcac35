import { issue } from "../issues/Issue";
import { parseFigures } from "./parseFigures";
import { seedFixtureJson, template } from "./seedFixture.testkit";

type Loose = { fields: Record<string, unknown>; tables: Record<string, { rows: Record<string, unknown>[] }> };

const edited = (edit: (f: Loose) => void): unknown => {
  const f = seedFixtureJson() as Loose;
  edit(f);
  return f;
};

describe("parseFigures", () => {
  it("accepts the Quý I/2021 fixture without an issue", () => {
    const result = parseFigures(seedFixtureJson(), template);
    expect(result.issues).toEqual([]);
    expect(result.value?.period).toBe("2021-Q1");
  });

  it("reports a negative count, a percent over 100, text for a number and an unknown key, each at its place", () => {
    const input = edited((f) => {
      f.fields["II.2.2.2.c.lateFilesCount"] = -1;
      f.fields["II.2.2.1.onTimeRatePct"] = 100.5;
      f.tables.T2!.rows[0]!.c4 = "2.460";
      f.fields["II.9.unknown"] = 3;
    });
    expect(parseFigures(input, template)).toEqual({
      value: undefined,
      issues: [
        issue("figures.percentOver100", ["fields", "II.2.2.1.onTimeRatePct"], { value: 100.5 }),
        issue("figures.negative", ["fields", "II.2.2.2.c.lateFilesCount"], { value: -1 }),
        issue("figures.unknownKey", ["fields", "II.9.unknown"], { key: "II.9.unknown" }),
        issue("figures.notANumber", ["tables", "T2", "rows", 0, "c4"], { value: "2.460" }),
      ],
    });
  });

  it.each<[string, (f: Loose) => void, ReturnType<typeof issue>]>([
    ["a computed cell sent as input", (f) => (f.tables.T2!.rows[0]!.c5 = 96.3), issue("figures.unknownKey", ["tables", "T2", "rows", 0, "c5"], { key: "c5" })],
    ["a computed field sent as input", (f) => (f.fields["II.6.c.egovOnlinePct"] = 100), issue("figures.computedNotInput", ["fields", "II.6.c.egovOnlinePct"], { key: "II.6.c.egovOnlinePct" })],
    [
      "a word outside T11's options",
      (f) => (f.tables.T11!.rows[0]!.c3 = "Nhanh"),
      issue("figures.notInEnum", ["tables", "T11", "rows", 0, "c3"], { value: "Nhanh", options: "Kịp thời, Chưa kịp thời" }),
    ],
    ["a missing row of a fixed table", (f) => f.tables.T6!.rows.pop(), issue("figures.rowCount", ["tables", "T6", "rows"], { expected: 7, actual: 6 })],
    ["no procedure in T1", (f) => (f.tables.T1!.rows = []), issue("figures.rowCount", ["tables", "T1", "rows"], { expected: 1, actual: 0 })],
    ["a part of a composite cell that is not whole", (f) => (f.tables.T4!.rows[0]!.bcDvsn = 2.5), issue("figures.notAnInteger", ["tables", "T4", "rows", 0, "bcDvsn"], { value: 2.5 })],
    ["a ratio with a text numerator", (f) => (f.fields["II.6.c.egovOnlineProcs"] = { num: "116", den: 116 }), issue("figures.notANumber", ["fields", "II.6.c.egovOnlineProcs", "num"], { value: "116" })],
  ])("reports %s", (_, edit, expected) => {
    expect(parseFigures(edited(edit), template).issues).toContainEqual(expected);
  });
});

describe("parseFigures on a value of the wrong shape", () => {
  it("gives the template's precise issue rather than the schema's vague one", () => {
    const input = edited((f) => (f.fields["II.6.c.egovOnlineProcs"] = { num: "116", den: 116 }));
    expect(parseFigures(input, template).issues).toEqual([
      issue("figures.notANumber", ["fields", "II.6.c.egovOnlineProcs", "num"], { value: "116" }),
    ]);
  });
});
