/**
 * Every issue code renders a whole sentence in both languages: no "undefined", "NaN", "[object …]" or raw
 * binary floats ("0.30000000000000004"), English with no Vietnamese words of the software's own (a column
 * label, a table title, a period), Vietnamese in Vietnamese, numbers written the language's way.
 */
import { formatIssue } from "../../../src/domain/issues/formatIssue";
import type { IssueCode, IssueParams, IssuePath } from "../../../src/domain/issues/Issue";
import { messagesEn } from "../../../src/domain/issues/messages.en";
import { messagesVi } from "../../../src/domain/issues/messages.vi";
import { templates } from "../../../src/domain/template/registry";

const template = templates[0]!;
const codes = Object.keys(messagesVi) as IssueCode[];
const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;
const BROKEN = /undefined|NaN|\[object|null\b|\d\.\d{7,}|\d,\d{7,}|Infinity/;

/** Every parameter any message reads, with values the software may really hold: codes, floats, counts. */
const PARAMS: IssueParams = {
  value: 0.1 + 0.2, expected: 2460 / 2555 * 100, actual: 1234567, limit: 999_999_999_999, at: 17,
  text: "Trong Quý I", table: "T2", label: "T2.c4", candidates: "T2, T3", title: "T8", part: "T8.c4", words: "Quý I",
  reason: "notWellFormed", period: "2021-Q1", other: "T9.c7", options: "a, b", key: "II.1.vbqpplDraftsRegistered",
  item: "a4", detail: "x", year: 2021, written: "12", window: "2021-01-01/2021-03-31", wholeValue: 10.5, whole: "T8.c3",
  top: 1.25, toValue: 2.5, to: "2021-H1", template: "cchc-quarterly-sct", tables: 11, sections: 9, second: "T3.c3",
  right: 0.7, replaced: "95", printed: "2.600", partValue: 12.75, otherValue: 3.3333333333333335, num: 2, mark: "…",
  left: 0.1, heading: "II.1", fromValue: 1.5, from: "2021-Q1", found: "T5", formula: "=A1+B1", first: "T2.c3",
  file: "so-lieu.xlsx", example: "2.460", den: 3, date: "2021-03-31", current: "110", count: 2, chosen: "T2",
  bottom: 0.5, column: "T2.c4", row: 1, sheet: "Bảng 2", cell: "C5",
};
const PATHS: readonly IssuePath[] = [["tables", "T2", "rows", 0, "c4"], ["fields", "II.1.vbqpplDraftsRegistered"], ["doc"], ["paste", 1, 2]];

describe("issue messages", () => {
  it("have a wording for every code in both languages, and the same codes", () => {
    expect(Object.keys(messagesEn).sort()).toEqual([...codes].sort());
    expect(codes.length).toBeGreaterThan(60);
  });

  it.each(codes)("%s reads whole in Vietnamese and in English", (code) => {
    for (const path of PATHS) {
      const vi = formatIssue({ code, path, params: PARAMS }, template, "vi");
      const en = formatIssue({ code, path, params: PARAMS }, template, "en");
      expect(vi).not.toMatch(BROKEN);
      expect(en).not.toMatch(BROKEN);
      expect(vi).toMatch(VIETNAMESE);
      // The clerk's own values (a sheet named "Bảng 2" or "Thông tin chung", a phrase of their text) stay as written.
      expect(en.replace(/Bảng 2|Trong Quý I|Quý I|Thông tin chung|…/g, "")).not.toMatch(VIETNAMESE);
    }
  });

  it("writes a computed number the language's way", () => {
    const params = { actual: "2.555", expected: 2460 + 0.1 + 0.2 };
    const path: IssuePath = ["tables", "T2", "rTotal", "rTotal", "c4"];
    expect(formatIssue({ code: "check.sumMismatch", path, params }, template, "vi")).toContain("2.460,3");
    expect(formatIssue({ code: "check.sumMismatch", path, params }, template, "en")).toContain("2,460.3");
  });
});
