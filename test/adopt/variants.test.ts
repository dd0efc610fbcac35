/**
 * The spellings clerks alternate, one at a time, on the pure recogniser: Quí/Quý/Qúy, "06 tháng"/"6 tháng",
 * extra spaces, a heading split over two runs (one paragraph's text in Word) or over two paragraphs.
 */
import { openDocx } from "../../src/docx";
import { documentView, recogniseReport, type WordReading } from "../../src/domain/adopt";
import { alignSentence } from "../../src/domain/adopt/alignSentence";
import { findSections } from "../../src/domain/adopt/findSections";
import { foldText } from "../../src/domain/adopt/foldText";
import { reportPattern, type ExpectedSection } from "../../src/domain/adopt/reportPattern";
import { WordSession } from "../../src/word";
import { adoptReport } from "../../src/word/operations/adoptReport";
import { numbered, numberedPackage } from "../support/numberedOoxml";
import { agency, template } from "./clerkDocuments";

const pattern = reportPattern(template, agency);
const section = (id: string): ExpectedSection => pattern.sections.find((s) => s.section.id === id)!;
const paragraphs = (...texts: string[]): WordReading => ({
  paragraphs: texts.map((text) => ({ text, tableNestingLevel: 0 })),
  tables: [],
});
/** The ids of the sections found strongly among paragraphs, looking for the given sections only. */
const found = (texts: string[], ids: string[]) =>
  findSections(documentView(paragraphs(...texts)), ids.map(section)).anchors.map((a) => ({
    id: a.expected.section.id,
    position: a.position,
    blocks: a.blocks,
  }));
const title = (text: string) =>
  recogniseReport({ reading: paragraphs("BÁO CÁO", text), template, agency }).titlePeriod;
/** The first prose sentence of II.2.1.a: "a) Trong {per:label}, Sở Công Thương đã tham mưu …". */
const lead = section("II.2.1.a").paragraphs[0]!.pieces;
const periodIn = (text: string) => alignSentence(lead, text).find((s) => s.slot.kind === "per");
const leadText = (period: string) =>
  `a) Trong ${period}, Sở Công Thương đã tham mưu trình UBND ban hành 02 Quyết định công bố danh mục TTHC`;

describe("Quí, Quý and Qúy are one word", () => {
  it.each(["Quí", "Quý", "Qúy", "QUÝ", "quí"])("%s I năm 2021 in the title reads as 2021-Q1", (word) => {
    expect(title(`Kết quả thực hiện công tác cải cách hành chính ${word} I năm 2021`)).toEqual({
      year: 2021,
      kind: "Q1",
    });
  });

  it.each(["Quí I năm 2021", "Quý I năm 2021", "Qúy I/2021"])(
    "the period phrase “%s” in a sentence is found, cut from the document's own characters",
    (phrase) => {
      const slot = periodIn(leadText(phrase));
      expect(slot?.text).toBe(phrase);
      expect(slot?.strength).toBe("strong");
    },
  );

  it("folds to the house spelling, each character still pointing at its original", () => {
    const folded = foldText("Qúy II");
    expect(folded.text).toBe("quý ii");
    expect(folded.to[folded.text.length - 1]).toBe("Qúy II".length);
  });

  it("is not confused with a word that only starts alike", () => {
    expect(title("Kết quả thực hiện công tác cải cách hành chính Quân I năm 2021")).toBeUndefined();
  });
});

describe("“06 tháng” and “6 tháng” are one period", () => {
  it.each(["06 tháng đầu năm 2021", "6 tháng đầu năm 2021", "06 tháng năm 2021"])(
    "the title “… %s” reads as 2021-H1",
    (phrase) => {
      expect(title(`Kết quả thực hiện công tác cải cách hành chính ${phrase}`)).toEqual({
        year: 2021,
        kind: "H1",
      });
    },
  );

  it("the phrase in a sentence is found whichever way it is written", () => {
    expect(periodIn(leadText("06 tháng đầu năm 2021"))?.text).toBe("06 tháng đầu năm 2021");
    expect(periodIn(leadText("6 tháng đầu năm 2021"))?.text).toBe("6 tháng đầu năm 2021");
  });

  it("folds “06 tháng” but not a date's “06” nor “106 tháng”", () => {
    expect(foldText("06 tháng").text).toBe("6 tháng");
    expect(foldText("ngày 01/06 tháng").text).toBe("ngày 01/06 tháng");
    expect(foldText("106 tháng").text).toBe("106 tháng");
  });
});

describe("extra spaces", () => {
  it("a heading with doubled, non-breaking and trailing spaces is found", () => {
    expect(
      found(
        [
          "II.  KẾT QUẢ THỰC HIỆN  CÔNG TÁC\u00a0CCHC,   KIỂM SOÁT TTHC  ",
          "1.Ban hành, rà soát và tổ chức thực hiện văn bản quy phạm pháp luật",
        ],
        ["II", "II.1"],
      ),
    ).toEqual([
      { id: "II", position: 0, blocks: 1 },
      { id: "II.1", position: 1, blocks: 1 },
    ]);
  });

  it("a period phrase with doubled spaces is found with its spaces as the document has them", () => {
    expect(periodIn(leadText("Quí  I  năm 2021"))?.text).toBe("Quí  I  năm 2021");
  });

  it("a heading whose number is another section's is not taken for it", () => {
    expect(found(["2. Về thanh tra, kiểm tra CCHC, kiểm soát TTHC"], ["I.1"])).toEqual([]);
  });
});

describe("a heading split", () => {
  it("over two paragraphs (a manual line end in the middle) is found, both paragraphs its heading", () => {
    expect(
      found(
        [
          "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
          "(CCHC), KIỂM SOÁT THỦ TỤC HÀNH CHÍNH (TTHC)",
          "1. Chỉ đạo, điều hành CCHC, kiểm soát TTHC",
        ],
        ["I", "I.1"],
      ),
    ).toEqual([
      { id: "I", position: 0, blocks: 2 },
      { id: "I.1", position: 2, blocks: 1 },
    ]);
  });

  it("over two runs, cut inside a word and inside the number, is one paragraph to Word and is found", async () => {
    const host = await openDocx();
    await host.run(async (context) => {
      context.document.body.insertOoxml(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
          `<w:p><w:r><w:t xml:space="preserve">I</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">I. KẾT QUẢ THỰC HI</w:t></w:r>` +
          `<w:bookmarkStart w:id="1" w:name="_Hlk1"/><w:bookmarkEnd w:id="1"/><w:r><w:t xml:space="preserve">ỆN CÔNG TÁC CCHC, KIỂM SOÁT TTHC</w:t></w:r></w:p>` +
          `</w:body></w:document>`,
        "End",
      );
      await context.sync();
    });
    const session = new WordSession((b) => host.run(b), { customXmlParts: true });
    const { plan } = await adoptReport(session, {
      template,
      agency,
      period: { year: 2021, kind: "Q1" },
      now: new Date(0),
      preview: true,
    });
    expect(plan?.sections.map((s) => s.sectionId)).toEqual(["II"]);
  });
});

describe("numbering Word draws from a list", () => {
  /** Adopt's preview of a document whose headings carry no typed number: Word numbers them from a list. */
  async function sectionsOf(body: string): Promise<string[] | undefined> {
    const host = await openDocx();
    await host.run(async (context) => {
      context.document.body.insertOoxml(numberedPackage(body), "Replace");
      await context.sync();
    });
    const session = new WordSession((b) => host.run(b), { customXmlParts: true });
    const { plan } = await adoptReport(session, {
      template,
      agency,
      period: { year: 2021, kind: "Q1" },
      now: new Date(0),
      preview: true,
    });
    return plan?.sections.map((s) => s.sectionId);
  }

  it("headings numbered I., 1., 2., II. by a list (and by a numbered style) are found", async () => {
    expect(
      await sectionsOf(
        numbered(
          "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH (CCHC), KIỂM SOÁT THỦ TỤC HÀNH CHÍNH (TTHC)",
          null,
          0,
          "Muc",
        ) +
          numbered("Chỉ đạo, điều hành CCHC, kiểm soát TTHC", 1, 1) +
          numbered("Sở Công Thương đã xây dựng các Kế hoạch triển khai thực hiện công tác CCHC", null) +
          numbered("Về thanh tra, kiểm tra CCHC, kiểm soát TTHC", 1, 1) +
          numbered("KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC, KIỂM SOÁT TTHC", 1, 0) +
          numbered("Ban hành, rà soát và tổ chức thực hiện văn bản quy phạm pháp luật", 1, 1),
      ),
    ).toEqual(["I", "I.1", "I.1#plans", "I.2", "II", "II.1"]);
  });

  it("a heading whose list draws another number than the template's is not taken for it", async () => {
    // Word draws "1." and "2." here: the template's "2." is "Về thanh tra…", not "Chỉ đạo…".
    expect(
      await sectionsOf(
        numbered("Về thanh tra, kiểm tra CCHC, kiểm soát TTHC", 1, 1) +
          numbered("Chỉ đạo, điều hành CCHC, kiểm soát TTHC", 1, 1),
      ),
    ).not.toContain("I.2");
  });
});
