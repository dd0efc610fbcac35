import type { Issue } from "../../src/domain/issues/Issue";
import { parsePastedFields } from "../../src/domain/paste/parsePastedFields";
import { miniTemplate as template } from "./miniTemplate";
import { readSample } from "./readSample";

describe("parsePastedFields", () => {
  it.each<[string, string, Record<string, unknown>]>([
    ["labels and keys from Excel, with a header line", readSample("fields-excel.tsv"), {
      "II.1.vbqpplDraftsRegistered": 7,
      "II.2.2.1.onTimeRatePct": 99.36,
      "II.6.c.egovOnlineProcs": { num: 116, den: 116 },
      "period.asOfDate": "2021-03-02",
    }],
    ["a leading STT column and semicolons", "1;ii.1.VBQPPLDRAFTSREGISTERED;07\n2;Tỷ lệ hồ sơ đúng và trước hạn;99,36 %\n", {
      "II.1.vbqpplDraftsRegistered": 7,
      "II.2.2.1.onTimeRatePct": 99.36,
    }],
    ["an empty value clears the figure", "Ngày chốt số liệu\t\r\n", { "period.asOfDate": null }],
    ["a JSON map of keys and labels", JSON.stringify({ "II.6.c.egovOnlineProcs": "116/116", "Tỷ lệ hồ sơ đúng và trước hạn": 99.36 }), {
      "II.6.c.egovOnlineProcs": { num: 116, den: 116 },
      "II.2.2.1.onTimeRatePct": 99.36,
    }],
    ["a Figures object's fields", JSON.stringify({ template: "mini", fields: { "II.6.c.egovOnlineProcs": { num: 116, den: 116 } } }), {
      "II.6.c.egovOnlineProcs": { num: 116, den: 116 },
    }],
  ])("reads %s", (_, text, expected) => {
    expect(parsePastedFields(text, template)).toEqual({ value: expected, issues: [] });
  });

  it("reports each problem with its place and the candidates", () => {
    const issues: Issue[] = [
      {
        code: "paste.ambiguousLabel",
        path: ["paste", 0, 0],
        params: {
          label: "Số TTHC được đơn giản hóa",
          candidates:
            "II.2.1.b.simplifiedProcCount (Số TTHC được đơn giản hóa); II.2.3.nationalPortalProcCount (Số TTHC được đơn giản hóa)",
        },
      },
      { code: "paste.unknownLabel", path: ["paste", 1, 0], params: { label: "Số cán bộ đi công tác" } },
      { code: "paste.ambiguousNumber", path: ["paste", 2, 1], params: { key: "II.2.2.1.onTimeRatePct", value: "1.234", first: 1234, second: 1.234 } },
      { code: "paste.computedField", path: ["paste", 3, 0], params: { key: "II.6.c.egovOnlinePct" } },
      { code: "paste.badRatio", path: ["paste", 4, 1], params: { key: "II.6.c.egovOnlineProcs", value: "116 trên 116" } },
    ];
    expect(parsePastedFields(readSample("fields-bad.tsv"), template)).toEqual({ value: undefined, issues });
  });

  it("offers the labels a partial name belongs to, without choosing one", () => {
    expect(parsePastedFields("phần mềm Egov\t116/116", template).issues).toEqual([
      {
        code: "paste.unknownLabel",
        path: ["paste", 0, 0],
        params: {
          label: "phần mềm Egov",
          candidates: "II.6.c.egovOnlineProcs (Số TTHC trên phần mềm Egov); II.6.c.egovOnlinePct (Tỷ lệ TTHC trên phần mềm Egov)",
        },
      },
    ]);
  });

  it("reports a figure given twice and a line with too many cells", () => {
    expect(parsePastedFields("Ngày chốt số liệu\t02/03/2021\nperiod.asOfDate\t01/03/2021\na\tb\tc\td\n", template).issues).toEqual([
      { code: "paste.duplicateKey", path: ["paste", 1, 0], params: { key: "period.asOfDate" } },
      { code: "paste.columnCount", path: ["paste", 2], params: { expected: 2, actual: 4 } },
    ]);
  });
});
