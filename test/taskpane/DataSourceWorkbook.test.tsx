/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import type { Figures } from "../../src/domain/figures/schema";
import { findAgency } from "../../src/domain/template/agencies";
import { exportWorkbook, importWorkbook } from "../../src/workbook";
import { q1Figures } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";
import { paneTemplate } from "./fixtures/paneTemplate";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const period = { year: 2021, kind: "Q1" } as const;

/** A division's workbook for the test template, filled with `figures`. */
async function workbookOf(figures: Figures): Promise<Uint8Array> {
  const agency = findAgency("sct-dongnai");
  if (!agency) throw new Error("no agency");
  return exportWorkbook({ template: paneTemplate, agency, period, figures, blankRows: 2 });
}

/** The same workbook after a division typed over some cells: `edit` gets the sheet of T2. */
async function edited(bytes: Uint8Array, edit: (t2: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets.find((s) => s.name.startsWith("Bảng 1"));
  if (!sheet) throw new Error(`no T2 sheet in ${book.worksheets.map((s) => s.name).join(", ")}`);
  edit(sheet);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The row (from 1) of the sheet whose column B reads `label`. */
function rowLabelled(sheet: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  sheet.eachRow((row, r) => {
    if (!found && String(row.getCell(2).value ?? "").trim() === label) found = r;
  });
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

const blobBytes = (blob: Blob | undefined) =>
  new Promise<Uint8Array>((resolve, reject) => {
    if (!blob) return reject(new Error("no download"));
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });

const openWorkbookSource = async (user: ReturnType<typeof renderPane>["user"]) => {
  await user.click(await screen.findByRole("radio", { name: "Tệp Excel" }));
  return screen.findByLabelText("Chọn tệp Excel", { selector: "input" });
};

describe("DataSource: an Excel workbook", () => {
  it("makes this period's workbook with the document's figures, ready for the divisions", async () => {
    const blobs: Blob[] = [];
    const create = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:workbook";
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { user } = renderPane();
    await openWorkbookSource(user);
    await user.click(screen.getByRole("button", { name: "Tải sổ số liệu Excel" }));
    expect(await screen.findByRole("group", { name: "Đã tải sổ số liệu" })).toHaveTextContent(
      "Đã tạo tệp so-lieu-2021-Q1.xlsx.",
    );
    expect(click).toHaveBeenCalledTimes(1);
    expect(click.mock.instances[0]).toHaveProperty("download", "so-lieu-2021-Q1.xlsx");
    expect(blobs[0]?.type).toBe(XLSX);
    const bytes = await blobBytes(blobs[0]);
    const read = await importWorkbook(bytes, { template: paneTemplate });
    expect(read.issues.filter((i) => i.severity !== "warning")).toEqual([]);
    expect(read.figures?.fields).toEqual(q1Figures.fields);
    expect(read.figures?.tables).toEqual(q1Figures.tables);
    click.mockRestore();
  });

  it("reads a chosen workbook, then hands its figures to the review", async () => {
    const { user, doc } = renderPane();
    const input = await openWorkbookSource(user);
    const figures: Figures = {
      ...q1Figures,
      fields: { "II.1.vbqpplDraftsRegistered": 9, "II.2.2.1.onTimeRatePct": 99.36 },
      tables: { T2: { rows: [{ c2: "Công Thương", c3: 2565, c4: 2470, c6: 95 }] } },
    };
    await user.upload(input, new File([(await workbookOf(figures)) as BlobPart], "so-lieu-phong-a.xlsx", { type: XLSX }));
    expect(await screen.findByRole("group", { name: "Đã đọc so-lieu-phong-a.xlsx" })).toHaveTextContent(
      /^Đã đọc so-lieu-phong-a.xlsx6 giá trị từ 2 trang tính/,
    );
    expect(doc.previewRefresh).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Dùng số liệu này" }));
    await waitFor(() =>
      expect(doc.previewRefresh).toHaveBeenCalledWith(
        expect.objectContaining({
          agency: "sct-dongnai",
          period: "2021-Q1",
          source: "file:so-lieu-phong-a.xlsx",
          fields: figures.fields,
          tables: figures.tables,
        }),
      ),
    );
    expect(await screen.findByText("Số liệu mới: Tệp so-lieu-phong-a.xlsx")).toBeInTheDocument();
  });

  it("lists every problem with its sheet and cell, uses nothing, and offers the valid part", async () => {
    const { user, doc } = renderPane();
    const input = await openWorkbookSource(user);
    const bytes = await edited(await workbookOf(q1Figures), (t2) => {
      const r = rowLabelled(t2, "Công Thương");
      t2.getCell(r, 3).value = "hai nghìn";
      t2.getCell(r, 6).value = -4;
    });
    await user.upload(input, new File([bytes as BlobPart], "so-lieu-loi.xlsx", { type: XLSX }));
    const bar = await screen.findByRole("group", { name: "Sổ số liệu so-lieu-loi.xlsx chưa dùng được" });
    expect(bar).toHaveTextContent("Chưa có số liệu nào được dùng");
    const problems = within(screen.getByRole("list", { name: /vấn đề trong sổ số liệu/ }))
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(problems).toEqual([
      "Trang tính “Bảng 1. Dịch vụ công trực”, ô C6 (bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1, cột “Tổng số hồ sơ đã tiếp nhận”): “hai nghìn” không phải là số.",
      "Trang tính “Bảng 1. Dịch vụ công trực”, ô F6 (bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1, cột “Tổng số hồ sơ”): không được âm (“-4”).",
    ]);
    expect(screen.queryByRole("button", { name: "Dùng số liệu này" })).not.toBeInTheDocument();
    expect(doc.previewRefresh).not.toHaveBeenCalled();

    await user.click(within(bar).getByRole("button", { name: "Chỉ dùng phần hợp lệ (2 giá trị)" }));
    await waitFor(() =>
      expect(doc.previewRefresh).toHaveBeenCalledWith(
        expect.objectContaining({ fields: q1Figures.fields, tables: q1Figures.tables, source: "file:so-lieu-loi.xlsx" }),
      ),
    );
  });

  it("says a file that is not a workbook cannot be read, and uses nothing", async () => {
    const { user, doc } = renderPane();
    const input = await openWorkbookSource(user);
    await user.upload(input, new File(["STT\tTên\n1\tA"], "bang.xlsx", { type: XLSX }));
    const bar = await screen.findByRole("group", { name: "Sổ số liệu bang.xlsx chưa dùng được" });
    expect(bar).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: /vấn đề trong sổ số liệu/ })).getByRole("listitem")).toHaveTextContent(
      /^Tệp “bang.xlsx” không phải sổ tính Excel \(.xlsx\) đọc được/,
    );
    expect(doc.previewRefresh).not.toHaveBeenCalled();
  });
});
