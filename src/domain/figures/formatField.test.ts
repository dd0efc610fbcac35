import type { FieldValue } from "./schema";
import { computeFields } from "./computeFields";
import { formatField } from "./formatField";
import { seedFigures, template } from "./seedFixture.testkit";

const style = { percentSpace: false };
const def = (key: string) => template.fields[key]!;

describe("formatField writes prose figures as the seed does", () => {
  it.each<[string, FieldValue | undefined, string]>([
    ["II.1.vbqpplDraftsRegistered", 7, "07"],
    ["II.2.2.1.oneStopStaffMain", 1, "01"],
    ["II.2.2.1.oneStopStaffBackup", 3, "03"],
    ["II.6.a.signedOutgoingDocs", 1053, "1.053"],
    ["II.2.2.1.onTimeRatePct", 99.36, "99,36%"],
    ["I.1.target.budgetCutPerYearPct", 1.5, "1,5%"],
    ["I.1.target.ktktNormsPct", 90, "90%"],
    ["II.6.c.egovOnlineProcs", { num: 116, den: 116 }, "116/116"],
    ["II.2.4.feedbackCount", 0, "chưa nhận được ý kiến của cá nhân, tổ chức nào"],
    ["II.2.4.feedbackCount", 3, "đã nhận được 03 ý kiến của cá nhân, tổ chức"],
    ["II.3.a.workRuleViolations", 0, "không có cán bộ, công chức, viên chức, người lao động nào vi phạm"],
    ["II.3.a.workRuleViolations", 12, "có 12 cán bộ, công chức, viên chức, người lao động vi phạm"],
    ["II.2.2.1.historyYear", 2020, "2020"],
    ["II.6.a.eSignatureSince", "2019-03-01", "01/3/2019"],
    ["I.1.staffCutRoadmapRange", "2015 - 2021", "2015 - 2021"],
    ["II.2.2.2.c.lateFilesCount", null, ""],
    ["II.2.2.2.c.lateFilesCount", undefined, ""],
  ])("%s = %j → %s", (key, value, text) => {
    expect(formatField(def(key), value, style)).toBe(text);
  });

  it("puts a space before % where the house style asks", () => {
    expect(formatField(def("II.2.2.1.onTimeRatePct"), 99.36, { percentSpace: true })).toBe("99,36 %");
  });
});

describe("computeFields", () => {
  it.each<[string, FieldValue | undefined, number | null]>([
    ["116/116, as the seed", { num: 116, den: 116 }, 100],
    ["a part, rounded half-up to whole percents", { num: 1, den: 8 }, 13],
    ["a whole of 0", { num: 0, den: 0 }, null],
    ["no ratio", undefined, null],
  ])("egovOnlinePct of %s", (_, ratio, expected) => {
    const fields: Record<string, FieldValue> = ratio === undefined ? {} : { "II.6.c.egovOnlineProcs": ratio };
    expect(computeFields(template, { fields })).toEqual({ "II.6.c.egovOnlinePct": expected });
  });

  it("computes the seed's 100% and formats it as printed", () => {
    const computed = computeFields(template, seedFigures());
    expect(formatField(def("II.6.c.egovOnlinePct"), computed["II.6.c.egovOnlinePct"], style)).toBe("100%");
  });
});
