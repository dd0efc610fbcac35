import { reportContent, RENDER_ONLY_TAGS } from "../../src/domain/render";
import { figureTag, headerTag, periodTag } from "../../src/domain/tags";
import { q1Input } from "./reportInput";

describe("reportContent of the Quý I/2021 report", () => {
  const content = reportContent(q1Input());
  const text = (tag: string) => content.texts.get(tag);

  it.each([
    ["a zero-padded count", "II.1.vbqpplDraftsRegistered", "07"],
    ["a count under ten", "II.2.2.2.c.lateFilesCount", "01"],
    ["a percent with two places", "II.2.2.1.onTimeRatePct", "99,36%"],
    ["a percent the seed wrote with a point", "I.1.target.budgetCutPerYearPct", "1,5%"],
    ["thousands", "II.6.a.signedOutgoingDocs", "1.053"],
    ["a ratio", "II.6.c.egovOnlineProcs", "116/116"],
    ["a computed percent of a ratio", "II.6.c.egovOnlinePct", "100%"],
    ["a zero stated in words", "II.2.4.feedbackCount", "chưa nhận được ý kiến của cá nhân, tổ chức nào"],
    ["another zero phrase", "II.3.a.workRuleViolations", "không có cán bộ, công chức, viên chức, người lao động nào vi phạm"],
  ])("writes %s as the seed does (%s)", (_, key, expected) => {
    expect(text(figureTag(key))).toBe(expected);
  });

  it.each([
    ["label", "Quí I năm 2021"],
    ["labelSlash", "Quí I/2021"],
    ["labelDash", "Quí I - 2021"],
    ["dataRange", "từ 01/01/2021 đến ngày 01/03/2021"],
    ["asOf", "02/03/2021"],
    ["year", "2021"],
    ["prevYear", "2020"],
  ])("writes the period slot %s as %s", (slot, expected) => {
    expect(text(periodTag(slot))).toBe(expected);
  });

  it.each([
    ["T2.r1.c2", "Công Thương"],
    ["T2.r1.c3", "2.555"],
    ["T2.r1.c5", "96,3 %"],
    ["T2.rTotal.c7", "3,7 %"],
    ["T4.r1.c1", "85 (khối văn phòng 57, đơn vị sự nghiệp 28)"],
    ["T4.r1.c5", "3"],
    ["T9.r1.c9", "100%"],
    ["T9.r1.c12", "100"],
    ["T9.rTotal.c4", "1.053"],
    ["T10.r1.c4", "53 (1cts do cty TS24 cấp)"],
    ["T11.r1.c3", "Kịp thời"],
    ["T1.rTotal.c3", "05"],
    ["T1.rTotal.c4", "01"],
    ["T5.rTotal.c4", ""],
  ])("writes the cell %s as %j", (cell, expected) => {
    expect(text(figureTag(cell))).toBe(expected);
  });

  it("gives label cells and group rows no control, and counts data rows per table", () => {
    expect(text(figureTag("T2.r1.c1"))).toBeUndefined();
    expect(text(figureTag("T6.r1.c1"))).toBeUndefined();
    expect(text(figureTag("T6.r7.c3"))).toBe("0");
    expect(text(figureTag("T6.r8.c3"))).toBeUndefined();
    expect(Object.fromEntries(content.rows)).toEqual({ T1: 5, T2: 1, T3: 2, T4: 1, T5: 2, T6: 7, T7: 10, T8: 1, T9: 1, T10: 2, T11: 1 });
  });

  it("leaves number and date blank for the văn thư when rendering, and out of a refresh", () => {
    expect(text(headerTag("docNumber"))).toBe("");
    expect(text(headerTag("issueDate"))).toBe("");
    const refresh = reportContent({ ...q1Input(), purpose: "refresh" });
    expect([...RENDER_ONLY_TAGS].filter((tag) => refresh.texts.has(tag))).toEqual([]);
    expect(refresh.texts.size).toBe(content.texts.size - RENDER_ONLY_TAGS.size);
  });

  it("takes ND 09's cut-off and the window's end when the figures state no window and no as-of date", () => {
    const plain = reportContent(q1Input(({ dataWindow: _w, asOfDate: _a, ...rest }) => rest));
    expect(plain.texts.get(periodTag("dataRange"))).toBe("từ 01/01/2021 đến ngày 14/03/2021");
    expect(plain.texts.get(periodTag("asOf"))).toBe("14/03/2021");
  });

  it("follows a house-style override and another period", () => {
    const h1 = reportContent({ ...q1Input(), period: { year: 2021, kind: "H1" }, style: { quarterWord: "Quý", padMonths: false } });
    expect(h1.texts.get(periodTag("label"))).toBe("6 tháng đầu năm 2021");
    const q = reportContent({ ...q1Input(), style: { quarterWord: "Quý" } });
    expect(q.texts.get(periodTag("labelSlash"))).toBe("Quý I/2021");
  });

  it("shows a missing prose figure as a visible gap and a missing table row's cells as blank", () => {
    const sparse = reportContent(q1Input((f) => ({ ...f, fields: {}, tables: {} })));
    expect(sparse.texts.get(figureTag("II.1.vbqpplDraftsRegistered"))).toBe("[…]");
    expect(sparse.texts.get(figureTag("T2.r1.c3"))).toBe("");
    expect(sparse.rows.get("T2")).toBe(1);
  });
});
