/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { formatRefreshedAt } from "../../src/taskpane/shared/formatRefreshedAt";
import { fakeReportDocument, outlineEntries, reportStatus } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

const statusPanel = () =>
  screen.getByRole("button", { name: "Tài liệu" }).closest("[data-panel]") as HTMLElement;

describe("DocumentStatus", () => {
  it("describes a report: template, agency, period, last refresh in ND 30 style and its source", async () => {
    renderPane();
    const panel = statusPanel();
    const when = formatRefreshedAt(reportStatus.refreshedAt ?? "");
    expect(await within(panel).findByText("Sở Công Thương Đồng Nai")).toBeInTheDocument();
    const facts = Object.fromEntries(
      within(panel)
        .getAllByRole("term")
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      "Mẫu báo cáo": "Báo cáo CCHC định kỳ (thử)",
      "Cơ quan": "Sở Công Thương Đồng Nai",
      "Kỳ báo cáo": "Quý I năm 2021",
      "Cập nhật lần cuối": `${when?.date} lúc ${when?.time}`,
      "Nguồn số liệu": "Dịch vụ số liệu",
    });
  });

  it.each([
    ["2021-03-02T07:05:00Z", "Asia/Ho_Chi_Minh", { date: "02/3/2021", time: "14:05" }],
    ["2021-01-07T00:30:00Z", "UTC", { date: "07/01/2021", time: "00:30" }],
    ["not a date", "UTC", undefined],
  ])("writes the refresh time %s in %s as %j", (iso, zone, expected) => {
    expect(formatRefreshedAt(iso, zone)).toEqual(expected);
  });

  it("warns about the WordApi 1.3 limitation", async () => {
    const doc = fakeReportDocument({
      status: async () => ({ ...reportStatus, limitation: "Word này chỉ hỗ trợ WordApi 1.3." }),
    });
    renderPane({ doc });
    const bar = await screen.findByRole("group", { name: "Giới hạn của phiên bản Word này" });
    expect(bar).toHaveTextContent("Word này chỉ hỗ trợ WordApi 1.3.");
  });

  it("warns when sections lost their content controls", async () => {
    const doc = fakeReportDocument({
      outline: async () => [
        ...outlineEntries.slice(0, 2),
        { ...outlineEntries[2]!, state: "missingControl" as const },
      ],
    });
    renderPane({ doc });
    const bar = await screen.findByRole("group", { name: "Tài liệu đã mất 1 chỗ điền số liệu của mẫu" });
    expect(bar).toHaveTextContent("1. Cải cách thể chế");
    expect(bar).toHaveTextContent("Ctrl+Z");
  });

  it("offers the template on a blank document and inserts it for the chosen agency and period", async () => {
    const doc = fakeReportDocument({ status: async () => ({ kind: "blank" as const }) });
    const { user } = renderPane({ doc });
    const form = await screen.findByRole("form", { name: "Chèn mẫu báo cáo" });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Cơ quan" }), "snv-dongnai");
    const year = within(form).getByRole("spinbutton", { name: "Năm" });
    await user.clear(year);
    await user.type(year, "2022");
    await user.click(within(form).getByRole("radio", { name: "9 tháng" }));
    doc.status.mockResolvedValue({
      ...reportStatus,
      agencyId: "snv-dongnai",
      period: { year: 2022, kind: "M9" },
    });
    await user.click(within(form).getByRole("button", { name: "Chèn mẫu báo cáo" }));

    expect(doc.insertTemplate).toHaveBeenCalledWith({
      agency: doc.agencies[1],
      period: { year: 2022, kind: "M9" },
    });
    expect(await screen.findByRole("group", { name: "Đã chèn mẫu" })).toHaveTextContent(
      "9 tháng đầu năm 2022",
    );
    expect(await screen.findByText("Sở Nội vụ Đồng Nai")).toBeInTheDocument();
  });

  it("offers the four periods of a year, defaulting to the one being drafted", async () => {
    const doc = fakeReportDocument({ status: async () => ({ kind: "blank" as const }) });
    renderPane({ doc, today: new Date(2021, 5, 20) });
    const form = await screen.findByRole("form", { name: "Chèn mẫu báo cáo" });
    const kinds = within(form).getAllByRole("radio");
    expect(
      kinds.map((r) => r.closest("span")?.textContent ?? (r as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(["Quý I", "6 tháng", "9 tháng", "Năm"]);
    expect(within(form).getByRole("radio", { name: "6 tháng" })).toBeChecked();
    expect(within(form).getByRole("spinbutton", { name: "Năm" })).toHaveValue(2021);
  });

  it("says what happened when inserting fails, and leaves the form", async () => {
    const doc = fakeReportDocument({
      status: async () => ({ kind: "blank" as const }),
      insertTemplate: async () => {
        throw new Error("GeneralException: The document is read-only.");
      },
    });
    const { user } = renderPane({ doc });
    await user.click(await screen.findByRole("button", { name: "Chèn mẫu báo cáo" }));
    const bar = await screen.findByRole("group", { name: "Word không thực hiện được thao tác" });
    expect(bar).toHaveTextContent("GeneralException: The document is read-only.");
    expect(bar).toHaveTextContent("Thử lại.");
    expect(screen.getByRole("form", { name: "Chèn mẫu báo cáo" })).toBeInTheDocument();
  });

  it("fills the template with figures already loaded for the same agency and period", async () => {
    const doc = fakeReportDocument({
      status: async () => ({ kind: "blank" as const }),
      currentFigures: async () => undefined,
    });
    const { user } = renderPane({ doc, initialPanels: ["status", "dataSource"] });
    await screen.findByRole("form", { name: "Chèn mẫu báo cáo" });
    await user.click(screen.getByRole("textbox", { name: /Dán bảng/ }));
    await user.paste("Số văn bản QPPL đăng ký chủ trì soạn thảo\t08");
    await user.click(await screen.findByRole("button", { name: "Dùng số liệu này" }));
    const fill = await screen.findByRole("checkbox", { name: "Điền luôn số liệu đã tải" });
    expect(fill).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Chèn mẫu báo cáo" }));
    expect(doc.insertTemplate).toHaveBeenCalledWith(
      expect.objectContaining({
        figures: expect.objectContaining({
          agency: "sct-dongnai",
          period: "2021-Q1",
          fields: { "II.1.vbqpplDraftsRegistered": 8 },
        }),
      }),
    );
  });

  it("explains a document that is not a report", async () => {
    const doc = fakeReportDocument({ status: async () => ({ kind: "foreign" as const }) });
    renderPane({ doc });
    expect(
      await screen.findByRole("group", { name: "Tài liệu này chưa phải báo cáo của baocao" }),
    ).toHaveTextContent("Tệp › Mới");
  });

  it("says so when the document cannot be read, with a way to try again", async () => {
    const doc = fakeReportDocument({
      status: async () => {
        throw new Error("RichApi.Error: Không đọc được tài liệu.");
      },
    });
    const { user } = renderPane({ doc });
    const bar = await screen.findAllByRole("group", { name: "Word không thực hiện được thao tác" });
    expect(bar[0]).toHaveTextContent("Không đọc được tài liệu.");
    doc.status.mockResolvedValue(reportStatus);
    await user.click(within(bar[0]!).getByRole("button", { name: "Đọc lại tài liệu" }));
    expect(await screen.findByText("Sở Công Thương Đồng Nai")).toBeInTheDocument();
  });
});
