import { openDocx } from "../../src/docx";
import { findAgency } from "../../src/domain/template/agencies";
import { makeReportDocument } from "../../src/playground/wiring";
import { reportFileName } from "../../src/playground/reportFileName";

describe("the playground's download is named after the report", () => {
  it("names an inserted Quý I/2021 report of the Sở Công Thương BC-CCHC-SCT-2021-Q1.docx", async () => {
    const host = await openDocx();
    const doc = makeReportDocument(host);
    expect(reportFileName(await doc.status(), "bao-cao.docx")).toBe("bao-cao.docx");
    await doc.insertTemplate({ agency: findAgency("sct-dongnai")!, period: { year: 2021, kind: "Q1" } });
    expect(reportFileName(await doc.status(), "bao-cao.docx")).toBe("BC-CCHC-SCT-2021-Q1.docx");
  });

  it.each([
    [{ year: 2021, kind: "H1" as const }, "BC-CCHC-SCT-2021-H1.docx"],
    [{ year: 2022, kind: "Y" as const }, "BC-CCHC-SCT-2022-Y.docx"],
  ])("names the period %o as %s", (period, name) => {
    expect(
      reportFileName({ kind: "report", templateId: "cchc-quarterly-sct", agencyId: "sct-dongnai", period }, "x.docx"),
    ).toBe(name);
  });
});
