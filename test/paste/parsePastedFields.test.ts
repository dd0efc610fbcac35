import type { Issue } from "../../src/domain/issues/Issue";
import { parsePastedFields } from "../../src/domain/paste/parsePastedFields";
import { cchcQuarterlySct as template } from "../../src/domain/template/cchcQuarterlySct";
import type { Template } from "../../src/domain/template/types";
import { seedFigures } from "./fixture";
import { readSample } from "./readSample";

/** The seed's values of some figures, as the fixture holds them. */
const seed = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, seedFigures.fields[k]]));

describe("parsePastedFields", () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      "labels and keys from Excel, with a header line",
      readSample("fields-excel.tsv"),
      seed("II.1.vbqpplDraftsRegistered", "II.2.2.1.onTimeRatePct", "II.6.c.egovOnlineProcs", "II.6.a.eSignatureSince", "II.6.a.signedOutgoingDocs"),
    ],
    [
      "a leading STT column, semicolons, a key in another case",
      "1;ii.1.VBQPPLDRAFTSREGISTERED;07\n2;Tỷ lệ hồ sơ giải quyết đúng và trước hạn;99,36 %\n",
      seed("II.1.vbqpplDraftsRegistered", "II.2.2.1.onTimeRatePct"),
    ],
    ["an empty value clears the figure", "Số hồ sơ giải quyết trễ hạn\t\r\n", { "II.2.2.2.c.lateFilesCount": null }],
    [
      "a JSON map of keys and labels",
      JSON.stringify({ "II.6.c.egovOnlineProcs": "116/116", "Tỷ lệ hồ sơ giải quyết đúng và trước hạn": 99.36 }),
      seed("II.6.c.egovOnlineProcs", "II.2.2.1.onTimeRatePct"),
    ],
    ["the fixture's own fields", JSON.stringify(seedFigures), seedFigures.fields],
  ])("reads %s", (_, text, expected) => {
    expect(parsePastedFields(text, template)).toEqual({ value: expected, issues: [] });
  });

  it("reports each problem with its place", () => {
    const issues: Issue[] = [
      { code: "paste.unknownLabel", path: ["paste", 0, 0], params: { label: "Số cán bộ đi công tác" } },
      { code: "paste.ambiguousNumber", path: ["paste", 1, 1], params: { key: "II.2.2.1.onTimeRatePct", value: "1.234", first: 1234, second: 1.234 } },
      { code: "paste.computedField", path: ["paste", 2, 0], params: { key: "II.6.c.egovOnlinePct" } },
      { code: "paste.badRatio", path: ["paste", 3, 1], params: { key: "II.6.c.egovOnlineProcs", value: "116 trên 116" } },
      { code: "paste.notAnInteger", path: ["paste", 4, 1], params: { key: "II.2.2.2.c.lateFilesCount", value: "1,5" } },
      {
        code: "paste.unknownLabel",
        path: ["paste", 5, 0],
        params: {
          label: "phần mềm Egov",
          candidates:
            "II.6.c.egovOnlineProcs (Số TTHC tiếp nhận qua mạng trên phần mềm Egov / tổng số TTHC); " +
            "II.6.c.egovOnlinePct (Tỷ lệ TTHC tiếp nhận qua mạng trên phần mềm Egov)",
        },
      },
    ];
    expect(parsePastedFields(readSample("fields-bad.tsv"), template)).toEqual({ value: undefined, issues });
  });

  it("lists the figures a label shared by several could mean", () => {
    const late = template.fields["II.2.2.2.c.lateFilesCount"]!;
    const twin: Template = { ...template, fields: { ...template.fields, "III.3.lateFilesCount": { ...late, key: "III.3.lateFilesCount" } } };
    expect(parsePastedFields("Số hồ sơ giải quyết trễ hạn\t01", twin).issues).toEqual([
      {
        code: "paste.ambiguousLabel",
        path: ["paste", 0, 0],
        params: {
          label: "Số hồ sơ giải quyết trễ hạn",
          candidates: "II.2.2.2.c.lateFilesCount (Số hồ sơ giải quyết trễ hạn); III.3.lateFilesCount (Số hồ sơ giải quyết trễ hạn)",
        },
      },
    ]);
  });

  it("reports a figure given twice and a line with too many cells", () => {
    expect(parsePastedFields("Ngày bắt đầu áp dụng chữ ký số\t01/3/2019\nII.6.a.eSignatureSince\t01/03/2019\na\tb\tc\td\n", template).issues).toEqual([
      { code: "paste.duplicateKey", path: ["paste", 1, 0], params: { key: "II.6.a.eSignatureSince" } },
      { code: "paste.columnCount", path: ["paste", 2], params: { expected: 2, actual: 4 } },
    ]);
  });
});
