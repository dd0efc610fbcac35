import { renderReport } from "../../src/domain/render";
import { figureTag, tableTag } from "../../src/domain/tags";
import { parseInline } from "../../src/domain/template/markup";
import {
  contentControls,
  documentPart,
  headerRows,
  packageParts,
  paragraphLook,
  wChild,
  wChildren,
  wElements,
  wVal,
  type HeaderCellShape,
} from "../support/ooxmlQuery";
import { q1Input } from "./reportInput";

const ooxml = renderReport(q1Input());
const doc = documentPart(ooxml);
const controls = contentControls(doc);
const tableOf = (id: string) => wElements(controls.find((c) => c.tag === tableTag(id))!.element, "tbl")[0]!;

const cell = (text: string, span = 1, vMerge?: "restart" | "continue"): HeaderCellShape => ({ text, span, ...(vMerge ? { vMerge } : {}) });
const under = (span = 1) => cell("", span, "continue");

describe("renderReport: merged table headers as template-spec §3 draws them", () => {
  it.each<[string, HeaderCellShape[][]]>([
    [
      "T2",
      [
        [cell("STT", 1, "restart"), cell("Tên thủ tục hành chính, dịch vụ công", 1, "restart"), cell("Tổng số hồ sơ đã tiếp nhận", 1, "restart"), cell("Dịch vụ công mức độ 3 và mức độ 4", 2), cell("Hồ sơ nộp trực tiếp", 2)],
        [under(), under(), under(), cell("Số hồ sơ thực hiện mức độ 3 và 4"), cell("Tỷ lệ (%)"), cell("Tổng số hồ sơ"), cell("Tỷ lệ (%)")],
      ],
    ],
    [
      "T4",
      [
        [
          cell("Tổng số biên chế công chức thuộc khối Văn phòng Sở, số lượng người làm việc của các đơn vị sự nghiệp và hợp đồng lao động được giao", 3),
          cell("Tổng số người đang làm việc và hợp đồng trong các đơn vị sự nghiệp thuộc Sở", 3),
        ],
        [
          cell("Phân bổ năm 2021", 2),
          cell("Số người làm việc và hợp đồng lao động trong các đơn vị sự nghiệp", 1, "restart"),
          cell("Biên chế", 2),
          cell("Tổng số người làm việc và hợp đồng", 1, "restart"),
        ],
        [cell("Biên chế"), cell("Hợp đồng lao động"), under(), cell("Số người làm việc"), cell("Hợp đồng lao động"), under()],
      ],
    ],
    [
      "T6",
      [
        [cell("Nội dung", 1, "restart"), cell("Năm trước", 1, "restart"), cell("Năm (Quí) báo cáo", 4)],
        [under(), under(), cell("Quí I"), cell("06 tháng"), cell("09 tháng"), cell("Năm")],
      ],
    ],
    [
      "T9",
      [
        [
          cell("STT", 1, "restart"),
          cell("Cơ quan đơn vị", 1, "restart"),
          cell("Số văn bản", 3),
          cell("Số văn bản điện tử", 3),
          cell("Tỷ lệ văn bản điện tử/tổng số văn bản", 1, "restart"),
          cell("Công chức, viên chức sử dụng phần mềm quản lý văn bản để quản lý, điều hành, xử lý công việc", 3),
          cell("Ghi chú", 1, "restart"),
        ],
        [under(), under(), cell("Tổng"), cell("Gửi"), cell("Nhận"), cell("Tổng"), cell("Gửi"), cell("Nhận"), under(), cell("Tổng số CCVC"), cell("Số CCVC sử dụng"), cell("Tỷ lệ"), under()],
        Array.from({ length: 13 }, (_, i) => cell(String(i + 1))),
      ],
    ],
  ])("%s", (id, expected) => {
    expect(headerRows(tableOf(id))).toEqual(expected);
  });

  it("gives every table a grid as wide as the text area, single borders and a fixed layout", () => {
    for (const id of Object.keys(q1Input().template.tables)) {
      const tbl = tableOf(id);
      const grid = wChildren(wChild(tbl, "tblGrid")!, "gridCol").map((g) => Number(wVal(g, "w")));
      expect({ id, width: grid.reduce((a, b) => a + b, 0) }).toEqual({ id, width: 11906 - 1701 - 850 });
      const borders = wChild(wChild(tbl, "tblPr")!, "tblBorders")!;
      expect(wChildren(borders).map((b) => wVal(b))).toEqual(Array(6).fill("single"));
    }
  });

  it("right-aligns numbers, prints group and total rows bold", () => {
    const t2 = tableOf("T2");
    const numberCell = controls.find((c) => c.tag === figureTag("T2.r1.c3"))!.element.parentNode as unknown as Parameters<typeof paragraphLook>[0];
    expect(paragraphLook(numberCell).align).toBe("right");
    const totalRow = wChildren(t2, "tr").at(-1)!;
    expect(wElements(totalRow, "r").every((r) => wChild(wChild(r, "rPr") ?? r, "b") !== undefined)).toBe(true);
    const groupRow = wChildren(tableOf("T6"), "tr")[2]!;
    expect(paragraphLook(wElements(groupRow, "p")[0]!).runs).toEqual([
      { text: "Đối với Trưởng phòng, Phó Trưởng phòng thuộc cấp Sở", bold: true, italic: false },
    ]);
    expect(wVal(wChild(wChild(wChildren(groupRow, "tc")[0]!, "tcPr")!, "gridSpan"))).toBe("6");
  });
});

describe("renderReport: figures are text, never markup", () => {
  const hostile = `<w:p>&"x'</w:p><w:r>`;
  const base = q1Input((f) => ({
    ...f,
    fields: { ...f.fields, "I.1.staffCutRoadmapRange": hostile },
    tables: { ...f.tables, T2: { rows: [{ ...f.tables.T2!.rows[0]!, c2: hostile }] } },
  }));
  // The shipped prose quotes no text field; a template whose part I does, and an agency with markup in its name.
  const [partI, ...rest] = base.template.sections;
  const withText = { ...partI!, body: [...partI!.body, { kind: "para" as const, content: parseInline("Giai đoạn {fig:I.1.staffCutRoadmapRange} của {agency:agencyName}.") }] };
  const input = { ...base, template: { ...base.template, sections: [withText, ...rest] }, agency: { ...base.agency, agencyName: hostile } };
  const hostileXml = renderReport(input);
  const plainXml = renderReport({ ...input, figures: q1Input().figures, agency: q1Input().agency });

  it("escapes a figure whose value looks like markup, in prose and in a table cell", () => {
    const parsed = contentControls(documentPart(hostileXml));
    expect(parsed.find((c) => c.tag === figureTag("I.1.staffCutRoadmapRange"))!.text).toBe(hostile);
    expect(parsed.find((c) => c.tag === figureTag("T2.r1.c2"))!.text).toBe(hostile);
    expect(hostileXml).toContain("&lt;w:p&gt;&amp;&quot;x&apos;&lt;/w:p&gt;&lt;w:r&gt;");
    const quoting = wElements(documentPart(hostileXml), "p").map(paragraphLook).find((p) => p.runs[0]?.text === "Giai đoạn ");
    expect(quoting!.runs.map((r) => r.text).join("")).toBe(`Giai đoạn ${hostile} của ${hostile}.`);
  });

  it("adds no element: the document has as many paragraphs and runs as with plain figures", () => {
    const count = (xml: string, name: string) => wElements(documentPart(xml), name).length;
    expect(count(hostileXml, "p")).toBe(count(plainXml, "p"));
    expect(count(hostileXml, "r")).toBe(count(plainXml, "r"));
    expect(count(hostileXml, "sdt")).toBe(count(plainXml, "sdt"));
  });
});

describe("renderReport: the ND 30 frame", () => {
  const paragraphs = wElements(doc, "p").map(paragraphLook);
  const find = (text: string) => paragraphs.find((p) => p.runs.map((r) => r.text).join("").startsWith(text));

  it.each([
    ["UBND TỈNH ĐỒNG NAI", { bold: false, italic: false, size: "26" }],
    ["SỞ CÔNG THƯƠNG", { bold: true, italic: false, size: "26" }],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, italic: false, size: "26" }],
    ["Độc lập - Tự do - Hạnh phúc", { bold: true, italic: false, size: "28" }],
    ["Đồng Nai, ", { bold: false, italic: true, size: "28" }],
    ["BÁO CÁO", { bold: true, italic: false, size: "28" }],
    ["Nơi nhận:", { bold: true, italic: true, size: "24" }],
    ["- Sở Nội vụ;", { bold: false, italic: false, size: "22" }],
    ["KT. GIÁM ĐỐC", { bold: true, italic: false, size: "28" }],
    ["Nguyễn Trí Phương", { bold: true, italic: false, size: "28" }],
  ])("prints %s as ND 30 says", (text, look) => {
    const p = find(text);
    expect(p).toBeDefined();
    expect(p!.runs[0]).toEqual({ text, ...look });
  });

  it("puts the number and the date controls, blank, in the header block", () => {
    const number = find("Số:")!;
    expect(number.runs.map((r) => r.text).join("")).toMatch(/^Số:\s+\/BC-SCT$/);
    const header = controls.filter((c) => c.tag.startsWith("bc:hdr:"));
    expect(header.map((c) => [c.tag, c.text])).toEqual([
      ["bc:hdr:docNumber", ""],
      ["bc:hdr:issueDate", ""],
    ]);
    expect(find("Đồng Nai, ")!.runs.map((r) => r.text).join("")).toMatch(/^Đồng Nai, ngày\s+tháng\s+năm\s*$/);
  });

  it("states the summary line with the period control and draws ND 30's rules", () => {
    expect(find("Kết quả thực hiện công tác cải cách hành chính")!.runs.map((r) => r.text).join("")).toBe(
      "Kết quả thực hiện công tác cải cách hành chính Quí I năm 2021",
    );
    const rules = wElements(doc, "pBdr").length;
    expect(rules).toBe(3);
    expect(find("Kính gửi:")!.runs[0]!.text).toBe("Kính gửi: Ủy ban nhân dân tỉnh.");
  });

  it.each([
    ["I. ", "BcPart"],
    ["1. Chỉ đạo, điều hành CCHC", "BcItem"],
    ["2.2.1. ", "BcItem"],
    ["a) Kết quả triển khai dịch vụ công", "BcPoint"],
    ["a) Trong ", "BcBody"],
    ["- Thứ nhất, ", "BcBody"],
    ["+ Trong Quí I năm 2021", "BcBody"],
  ])("styles the paragraph starting %j as %s", (text, style) => {
    expect(find(text)?.style).toBe(style);
  });

  it("defines the styles in Times New Roman, body 14 pt justified with a 1 cm first-line indent and 6 pt after", () => {
    const styles = packageParts(ooxml).get("/word/styles.xml")!;
    const body = wElements(styles, "style").find((s) => s.getAttributeNS(styles.namespaceURI, "styleId") === "BcBody")!;
    const pPr = wChild(body, "pPr")!;
    const rPr = wChild(body, "rPr")!;
    expect(wVal(wChild(rPr, "rFonts"), "ascii")).toBe("Times New Roman");
    expect(wVal(wChild(rPr, "sz"))).toBe("28");
    expect(wVal(wChild(pPr, "jc"))).toBe("both");
    expect(wVal(wChild(pPr, "ind"), "firstLine")).toBe("567");
    const spacing = wChild(pPr, "spacing")!;
    expect(Number(wVal(spacing, "after"))).toBeGreaterThanOrEqual(120);
    expect(Number(wVal(spacing, "line"))).toBeGreaterThanOrEqual(240);
    expect(Number(wVal(spacing, "line"))).toBeLessThanOrEqual(360);
    expect(wElements(styles, "rFonts").every((f) => wVal(f, "ascii") === "Times New Roman")).toBe(true);
  });
});
