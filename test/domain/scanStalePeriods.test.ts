import { scanStalePeriods } from "../../src/domain/checks/stalePeriod";
import { seedParagraphs } from "../support/seedParagraphs";

const Q1_2021 = { year: 2021, kind: "Q1" } as const;

describe("scanStalePeriods", () => {
  it("finds both stale sentences of the seed, in II.2.2.2.c and III.3, and nothing else", () => {
    const findings = scanStalePeriods(seedParagraphs(), Q1_2021);
    expect(findings.map((f) => ({ text: f.text, section: f.sectionId, reason: f.reason }))).toEqual([
      { text: "Quí I/2020", section: "II.2.2.2.c", reason: "otherYear" },
      { text: "Quý I năm 2020", section: "III.3.t1", reason: "otherYear" },
    ]);
  });

  it.each([
    ["Trong Quý I/2021, có 01 hồ sơ.", []],
    ["Trong Qúy I/2020, có 01 hồ sơ.", ["Qúy I/2020"]],
    ["Trong Quí I - 2020, …", ["Quí I - 2020"]],
    ["Trong QUÝ I NĂM 2020, …", ["QUÝ I NĂM 2020"]],
    ["Trong Quý I năm 2021 (NFD)".normalize("NFD"), []],
    ["Trong 6 tháng đầu năm 2021, …", ["6 tháng đầu năm 2021"]],
    ["Trong 06 tháng đầu năm 2020, …", ["06 tháng đầu năm 2020"]],
    ["(số liệu tính từ 01/01/2021 đến ngày 01/03/2021)", []],
    ["(số liệu tính từ 01/01/2020 đến ngày 01/03/2020)", ["từ 01/01/2020 đến ngày 01/03/2020"]],
    ["(số liệu tính đến ngày 02/03/2021)", []],
    ["Tính đến ngày 02/3/2020, …", ["Tính đến ngày 02/3/2020"]],
    ["giảm 02 thủ tục so với năm 2020", []],
    ["giảm 02 thủ tục so với năm 2019", ["so với năm 2019"]],
    ["Trong năm 2020, Sở Công Thương đã kiện toàn nhân sự", []],
    ["theo Quyết định số 545/QĐ-UBND ngày 09/02/2021 của UBND tỉnh", []],
    ["bắt đầu từ ngày 01/3/2019 Sở Công Thương đã áp dụng chữ ký số", []],
  ])("in a Quý I/2021 report, %p flags %p", (paragraph, flagged) => {
    expect(scanStalePeriods([paragraph], Q1_2021).map((f) => f.text)).toEqual(flagged);
  });

  it("after rolling to 6 tháng 2021, the Quý I phrases and the Quý I cut-off are stale", () => {
    const found = scanStalePeriods(
      [
        "Trong Quý I/2021, …",
        "(số liệu tính từ 01/01/2021 đến ngày 01/03/2021)",
        "Trong 6 tháng đầu năm 2021",
      ],
      { year: 2021, kind: "H1" },
    );
    expect(found.map((f) => [f.paragraph, f.kind, f.reason])).toEqual([
      [0, "label", "otherPeriod"],
      [1, "window", "outsidePeriod"],
    ]);
  });
});
