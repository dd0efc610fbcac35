import ExcelJS from "exceljs";
import { XLSX_CONTENT_TYPE } from "../../src/api/contract";
import type { Figures } from "../../src/domain/figures/schema";
import { findAgency } from "../../src/domain/template/agencies";
import { cchcQuarterlySct } from "../../src/domain/template/cchcQuarterlySct";
import { exportWorkbook } from "../../src/workbook";
import { call } from "./support/http";
import { storeFactories } from "./support/storeFactories";
import { Q1_PATH, seedFigures, startTestService, type TestService } from "./support/startTestService";

type ImportBody = { dryRun: boolean; written: boolean; issues: { code: string; message: string }[]; changes: { key: string }[]; figures?: Figures };

const agency = findAgency("sct-dongnai")!;
const period = { year: 2021, kind: "Q1" } as const;

/** The exported workbook with T2's figure at level 3/4 changed, as a division would send it back. */
async function editedWorkbook(edit: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const bytes = await exportWorkbook({ template: cchcQuarterlySct, agency, period, figures: seedFigures() });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(book);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const t2 = (book: ExcelJS.Workbook) => book.worksheets.find((s) => s.name.startsWith("Bảng 2."))!;

describe("import of a figures workbook (.xlsx) by the service", () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(storeFactories()[0]!);
  });
  afterAll(() => service.close());

  const upload = (query: string, body: Uint8Array, contentType = XLSX_CONTENT_TYPE, key = service.keys.write) =>
    call(service.url, `${Q1_PATH}/import?${query}`, { method: "POST", key, body, contentType });

  it("dry-runs a workbook: the changes it brings, nothing written", async () => {
    const bytes = await editedWorkbook((book) => {
      t2(book).getCell("D6").value = "2.470";
    });
    const answer = await upload("format=xlsx&dryRun=true", bytes, XLSX_CONTENT_TYPE, service.keys.read);
    expect(answer.status).toBe(200);
    const body = answer.body as ImportBody;
    // The division's program did not recalculate: the cached total is stale, which is only a warning.
    expect(body.issues.filter((i) => (i as { severity?: string }).severity !== "warning")).toEqual([]);
    expect(body.changes.map((c) => c.key)).toEqual(["T2[0].c4"]);
    expect(body.figures?.tables.T2?.rows[0]).toMatchObject({ c4: 2470 });
  });

  it("refuses a workbook with errors (422), with the same issues as the command line: sheet and cell named", async () => {
    const bytes = await editedWorkbook((book) => {
      t2(book).getCell("D6").value = -5;
    });
    const answer = await upload("format=xlsx", bytes);
    expect(answer.status).toBe(422);
    const issues = (answer.body as { issues: { code: string; message: string }[] }).issues;
    expect(issues).toEqual([
      expect.objectContaining({ code: "paste.negative", message: expect.stringMatching(/^Trang tính “Bảng 2\. [^”]*”, ô D6 \(bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1, cột “Số hồ sơ thực hiện mức độ 3 và 4”\)/) }),
    ]);
  });

  it("refuses a workbook of another period, and bytes that are no workbook", async () => {
    const other = await exportWorkbook({ template: cchcQuarterlySct, agency, period: { year: 2021, kind: "H1" } });
    const answer = await upload("format=xlsx&dryRun=true", other);
    expect((answer.body as ImportBody).issues.map((i) => i.code)).toEqual(["workbook.otherPeriod"]);
    const junk = await upload("format=xlsx&dryRun=true", new TextEncoder().encode("not a zip"));
    expect((junk.body as ImportBody).issues.map((i) => i.code)).toEqual(["workbook.unreadable"]);
  });

  it("asks for the .xlsx content type (415) and keeps a body limit (413)", async () => {
    const bytes = await editedWorkbook(() => undefined);
    expect((await upload("format=xlsx", bytes, "text/csv")).status).toBe(415);
    expect((await upload("format=xlsx", new Uint8Array(9 * 1024 * 1024))).status).toBe(413);
  });

  it("writes a valid workbook", async () => {
    const bytes = await editedWorkbook((book) => {
      t2(book).getCell("F6").value = 96;
    });
    const answer = await upload("format=xlsx", bytes);
    expect(answer.status).toBe(200);
    expect((answer.body as ImportBody).written).toBe(true);
    const after = await call(service.url, Q1_PATH, { key: service.keys.read });
    expect((after.body as Figures).tables.T2?.rows[0]).toMatchObject({ c4: 2460, c6: 96 });
  });
});
