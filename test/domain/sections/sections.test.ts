import { readFileSync } from "node:fs";
import { join } from "node:path";
import { seedDir } from "../../support/seedParagraphs";
import { inlineNotation } from "../../../src/domain/template/markup";
import { periodSlots } from "../../../src/domain/template/cchcQuarterlySct/periodSlots";
import { sections } from "../../../src/domain/template/cchcQuarterlySct/sections";
import { allSections, ownInlines } from "./sections.testkit";

type ProseField = { readonly key: string; readonly type: string };
const proseFields: readonly ProseField[] = (
  JSON.parse(readFileSync(join(seedDir, "prose-fields.json"), "utf8")) as {
    fields: ProseField[];
  }
).fields;

const located = allSections(sections);
const byId = new Map(located.map((l) => [l.section.id, l]));
const ids = located.map((l) => l.section.id);

/** Figures in prose that the body slots: the counts, percents and ratios of template-spec §4. */
const numericKeys = [
  ...new Set(
    proseFields
      .filter((f) => !/^(ref|form|period|hdr)\./.test(f.key))
      .filter((f) => /^(integer|percent|ratio)/.test(f.type))
      .map((f) => f.key),
  ),
];

/** Every slot of the body in document order, as "sectionId slot". */
const slotsInOrder = (kind: "fig" | "per"): string[] =>
  located.flatMap(({ section }) =>
    ownInlines(section).flatMap((i) =>
      i.kind === kind ? [`${section.id} ${i.kind === "fig" ? i.key : i.kind === "per" ? i.slot : ""}`] : [],
    ),
  );

describe("the outline of parts I–V", () => {
  it("has unique ids, at least 45 of them, under the five Roman parts", () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(45);
    expect(sections.map((s) => s.id)).toEqual(["I", "II", "III", "IV", "V"]);
  });

  // template-spec §2: id, printed number, exact heading (null for a run-in item).
  it.each([
    [
      "I",
      "I.",
      "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH (CCHC), KIỂM SOÁT THỦ TỤC HÀNH CHÍNH (TTHC)",
    ],
    ["I.1", "1.", "Chỉ đạo, điều hành CCHC, kiểm soát TTHC"],
    ["I.2", "2.", "Về thanh tra, kiểm tra CCHC, kiểm soát TTHC"],
    ["I.3", "3.", "Về công tác tuyên truyền CCHC, kiểm soát TTHC"],
    ["I.4", "4.", "Vai trò trách nhiệm người đứng đầu đơn vị"],
    ["II", "II.", "KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC, KIỂM SOÁT TTHC"],
    ["II.1", "1.", "Ban hành, rà soát và tổ chức thực hiện văn bản quy phạm pháp luật"],
    ["II.2", "2.", "Cải cách thủ tục hành chính"],
    ["II.2.1", "2.1.", "Công tác công khai TTHC và đơn giản hóa TTHC"],
    ["II.2.1.a", "a)", null],
    ["II.2.1.b", "b)", "Đánh giá việc thực hiện nhiệm vụ rà soát, đề xuất phương án đơn giản hóa TTHC"],
    ["II.2.2", "2.2.", "Thực hiện cơ chế một cửa, một cửa liên thông"],
    ["II.2.2.1", "2.2.1.", "Tổ chức hoạt động bộ phận một cửa"],
    ["II.2.2.2", "2.2.2.", "Công tác giải quyết thủ tục hành chính"],
    [
      "II.2.2.2.a",
      "a)",
      "Kết quả triển khai dịch vụ công trực tuyến mức độ 3, 4 theo lộ trình trong kế hoạch CCHC và các chỉ đạo của tỉnh (số liệu tính {per:dataRange})",
    ],
    ["II.2.2.2.b", "b)", null],
    ["II.2.2.2.c", "c)", "Nguyên nhân, trách nhiệm đối với các hồ sơ TTHC giải quyết trễ hạn"],
    [
      "II.2.3",
      "2.3.",
      "Kết quả triển khai các giải pháp nâng cao hiệu quả thực hiện cơ chế một cửa, cơ chế một cửa liên thông",
    ],
    ["II.2.4", "2.4.", "Công tác giải quyết phản ánh kiến nghị về giải quyết TTHC"],
    ["II.3", "3.", "Cải cách tổ chức bộ máy hành chính nhà nước"],
    ["II.3.a", "a)", "Rà soát vị trí, chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, biên chế"],
    [
      "II.3.b",
      "b)",
      "Thực hiện tinh giản biên chế theo Nghị định số 108/2014/NĐ-CP ngày 20/11/2014 của Chính phủ",
    ],
    ["II.4", "4.", "Xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức"],
    ["II.4.a", "a)", "Thực hiện các quy định về quản lý cán bộ, công chức, viên chức"],
    [
      "II.4.b",
      "b)",
      "Về công tác đào tạo, bồi dưỡng cán bộ, công chức: Kết quả thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức:",
    ],
    ["II.5", "5.", "Cải cách tài chính công"],
    [
      "II.5.a",
      "a)",
      "Kết quả thực hiện cơ chế tự chủ theo Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 và Nghị định số 117/2013/NĐ-CP; Nghị định số 16/2015/NĐ-CP ngày 24/4/2015, Nghị định số 141/2016/NĐ-CP ngày 10/10/2016; Nghị định số 54/2016/NĐ-CP ngày 14/6/2016.",
    ],
    [
      "II.5.b",
      "b)",
      "Kết quả thực hiện Kế hoạch 177-KH/TU ngày 16/4/2018 của Ban chấp hành Đảng bộ tỉnh về triển khai Nghị quyết số 19-NQ/TW: chuyển đổi cơ chế tài chính của đơn vị sự nghiệp trực thuộc",
    ],
    ["II.6", "6.", "Hiện đại hóa hành chính"],
    [
      "II.6.a",
      "a)",
      "Ứng dụng CNTT trong hoạt động của Sở Công Thương: Kết quả triển khai kế hoạch ứng dụng CNTT theo mục tiêu định hướng của tỉnh, cụ thể:",
    ],
    ["II.6.b", "b)", "Chất lượng trang thông tin điện tử của đơn vị, cụ thể:"],
    [
      "II.6.c",
      "c)",
      "Triển khai Hệ thống quản lý chất lượng ISO điện tử trên cơ sở ứng dụng CNTT sử dụng các phần mềm hiện có kết hợp với các ưu điểm của Hệ thống quản lý chất lượng trong hoạt động của Sở Công Thương",
    ],
    ["III", "III.", "ĐÁNH GIÁ CHUNG"],
    ["III.1", "1.", null],
    ["III.2", "2.", "Những mặt tích cực"],
    ["III.3", "3.", "Những tồn tại, hạn chế và nguyên nhân"],
    ["IV", "IV.", "PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI"],
    ["V", "V.", "ĐỀ XUẤT, KIẾN NGHỊ"],
    ["V.1", "1.", "Đối với UBND tỉnh"],
    ["V.2", "2.", "Đối với Chính phủ và các Bộ, ngành"],
  ])("%s prints %s and its exact heading", (id, number, heading) => {
    const section = byId.get(id)?.section;
    expect(section?.number).toBe(number);
    if (heading === null) {
      expect(section?.runIn).toBe(true);
      expect(section?.heading).toBeUndefined();
    } else {
      expect(section?.runIn).toBeUndefined();
      expect(inlineNotation(section?.heading ?? [])).toBe(heading);
      expect(section?.title.vi.length).toBeGreaterThan(0);
    }
    expect(section?.title.en.length).toBeGreaterThan(0);
  });

  it.each([
    ["I.1#plans", "I.1"],
    ["I.1#priorities", "I.1"],
    ["I.1#highlights", "I.1"],
    ["I.2#kstthc", "I.2"],
    ["I.2#kiemtra", "I.2"],
    ["I.3#cchc", "I.3"],
    ["I.3#kstthc", "I.3"],
    ["II.2.1.a#lienthong", "II.2.1.a"],
    ["II.3.a#quyche", "II.3.a"],
    ["II.5.a#taisan", "II.5.a"],
    ["II.5.a#tuchu", "II.5.a"],
    ["II.6.a#phanmem", "II.6.a"],
    ["II.6.a#chukyso", "II.6.a"],
  ])("named block %s sits under %s, unnumbered", (id, parent) => {
    const l = byId.get(id);
    expect(l?.parentId).toBe(parent);
    expect(l?.section).toMatchObject({ number: "", numbering: "block", children: [] });
    expect(l?.section.heading).toBeUndefined();
  });

  it.each([
    ["III.3.t1", "- Thứ nhất:"],
    ["III.3.t2", "- Thứ hai:"],
    ["III.3.t3", "- Thứ ba:"],
    ["IV.t1", "- Thứ nhất,"],
    ["IV.t2", "- Thứ hai,"],
    ["IV.t3", "- Thứ ba,"],
    ["IV.t4", "- Thứ tư,"],
    ["IV.t5", "- Thứ năm,"],
    ["IV.t6", "- Thứ sáu,"],
    ["IV.t7", "- Thứ bảy,"],
  ])("ordinal item %s is run in after %s", (id, number) => {
    expect(byId.get(id)?.section).toMatchObject({ number, numbering: "ordinal", runIn: true });
    expect(byId.get(id)?.parentId).toBe(id.slice(0, id.lastIndexOf(".")));
  });

  it("starts every run-in item with a paragraph, so that its number has text to run into", () => {
    for (const { section } of located.filter((l) => l.section.runIn === true)) {
      expect(section.body[0]?.kind).toBe("para");
    }
  });
});

describe("the places of the tables", () => {
  const placements = located.flatMap(({ section }) =>
    section.body.flatMap((b) => (b.kind === "table" ? [{ table: b.table, section: section.id }] : [])),
  );

  // template-spec §3 "Table summary"; a table may sit in a named block of that section.
  it.each([
    ["T1", "II.2.1.a", "II.2.1.a#lienthong"],
    ["T2", "II.2.2.2.a", "II.2.2.2.a"],
    ["T3", "II.3.a", "II.3.a"],
    ["T4", "II.3.a", "II.3.a"],
    ["T5", "II.3.b", "II.3.b"],
    ["T6", "II.4.a", "II.4.a"],
    ["T7", "II.4.b", "II.4.b"],
    ["T8", "II.5.a", "II.5.a#tuchu"],
    ["T9", "II.6.a", "II.6.a#phanmem"],
    ["T10", "II.6.a", "II.6.a#chukyso"],
    ["T11", "II.6.b", "II.6.b"],
  ])("%s is placed once, in %s (%s)", (table, specSection, place) => {
    const found = placements.filter((p) => p.table === table);
    expect(found).toEqual([{ table, section: place }]);
    expect(place.split("#")[0]).toBe(specSection);
  });

  it("places nothing but T1–T11, in document order", () => {
    expect(placements.map((p) => p.table)).toEqual([
      "T1",
      "T2",
      "T3",
      "T4",
      "T5",
      "T6",
      "T7",
      "T8",
      "T9",
      "T10",
      "T11",
    ]);
  });
});

describe("period slots", () => {
  it("uses only the slots of periodSlots.ts", () => {
    const used = new Set(slotsInOrder("per").map((s) => s.split(" ")[1]));
    for (const slot of used) expect(Object.keys(periodSlots)).toContain(slot);
  });

  it("puts the eleven current-period labels of the body where the seed has them, in its shapes", () => {
    // template-spec §5.2 rows 4, 5, 8, 9, 12, 13, 20, 21, 23, 24, 25 (rows 3 and 26, the title and the closing,
    // are not body text). Rows 8 (L698 "Quí I/2020") and 25 (L1554 "Quý I năm 2020") are the seed's stale
    // sentences (§7 B1, B2): the slots print the report's own period there.
    const labels = slotsInOrder("per").filter((s) => /\slabel(Slash|Dash)?$/.test(s));
    expect(labels).toEqual([
      "I.1#highlights label", // L127 "Trong Quí I năm 2021"
      "II.2.1.a labelSlash", // L378 "Trong Quý I/2021"
      "II.2.2.2.c labelSlash", // L698 "Trong Quí I/2020" (stale, B1)
      "II.2.4 labelSlash", // L735 "Trong Qúy I/2021"
      "II.3.a#quyche labelSlash", // L837 "Trong Quí I/2021"
      "II.3.a#quyche labelSlash", // L845 "Trong Quý I/2021"
      "III.1 label", // L1465 "Trong Quí I năm 2021"
      "III.1 label", // L1479 "trong Quí I năm 2021"
      "III.1 label", // L1483 "Đặc biệt trong Quí I năm 2021"
      "III.2 labelDash", // L1511 "Trong Quí I - 2021"
      "III.3.t1 label", // L1554 "Trong Quý I năm 2020" (stale, B2)
    ]);
  });

  it("puts the data windows, the as-of dates and the previous year where the seed has them", () => {
    const others = slotsInOrder("per").filter((s) => !/\slabel(Slash|Dash)?$/.test(s));
    expect(others).toEqual([
      "II.2.2.1 dataRange", // L598
      "II.2.2.2.a dataRange", // L609–L611, in the heading
      "II.6.a#phanmem asOf", // L1277 "02/03/2021"
      "II.6.a#chukyso asOf", // L1402 "02/3/2021"
      "II.6.c prevYear", // L1451 "so với năm 2020"
      "III.1 dataRange", // L1481
    ]);
  });
});

describe("figures in prose", () => {
  const used = slotsInOrder("fig").map((s) => s.split(" ")[1] ?? "");

  it.each(numericKeys)("slots %s at least once", (key) => {
    expect(used).toContain(key);
  });

  it("slots only keys of prose-fields.json", () => {
    const known = new Set(proseFields.map((f) => f.key));
    for (const key of used) expect(known.has(key)).toBe(true);
  });

  it("slots a figure as often as template-spec §4 lists it", () => {
    const listed = proseFields.filter((f) => numericKeys.includes(f.key)).map((f) => f.key);
    // II.2.3.nationalPortalProcCount occurs twice in one sentence (L721, L727); §4 lists it once.
    const expected = [...listed, "II.2.3.nationalPortalProcCount"].sort();
    expect([...used].sort()).toEqual(expected);
  });
});
