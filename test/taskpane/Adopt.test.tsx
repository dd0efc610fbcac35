/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { adoptNotPlaced, adoptPreview, adoptWeak, fakeReportDocument } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

const foreign = { status: async () => ({ kind: "foreign" as const }) };
const WEAK = adoptWeak;

async function previewed(overrides: Parameters<typeof fakeReportDocument>[0] = {}) {
  const doc = fakeReportDocument({ ...foreign, ...overrides });
  const rendered = renderPane({ doc });
  const form = await screen.findByRole("form", { name: "Nhận diện báo cáo cũ" });
  await rendered.user.click(within(form).getByRole("button", { name: "Nhận diện" }));
  return { ...rendered, form };
}

describe("Nhận diện báo cáo cũ", () => {
  it("is offered on a document with text and no baocao metadata, not on a report", async () => {
    renderPane({ doc: fakeReportDocument() });
    expect(await screen.findByText("Sở Công Thương Đồng Nai")).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Nhận diện báo cáo cũ" })).not.toBeInTheDocument();
  });

  it("shows what was recognised and what was not before anything is written", async () => {
    const { doc, user } = await previewed();
    expect(doc.previewAdopt).toHaveBeenCalledWith({ agency: expect.objectContaining({ id: "sct-dongnai" }) });
    const region = await screen.findByRole("region", {
      name: "Kết quả nhận diện (chưa ghi gì vào tài liệu)",
    });
    expect(region).toHaveTextContent("Kỳ báo cáo: Quý I năm 2021");
    const rows = within(region)
      .getAllByRole("row")
      .slice(1)
      .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["Mục", "62", "63"],
      ["Bảng", "11", "11"],
      ["Số liệu trong lời văn", "27", "29"],
      ["Ô số liệu trong bảng", "187", "187"],
      ["Cụm từ chỉ kỳ", "21", "23"],
    ]);
    expect(within(region).getByText("Các mục nhận diện được (2)")).toBeInTheDocument();
    await user.click(within(region).getByRole("button", { name: "Các cụm từ chỉ kỳ nhận diện được (2)" }));
    expect(await within(region).findByText("Quí I/2021")).toBeInTheDocument();
    expect(
      within(region).getByRole("group", { name: "1 chỗ chưa nhận diện được (để nguyên)" }),
    ).toHaveTextContent(adoptNotPlaced);
    // The weak figure is listed for the clerk, not ticked: left alone unless confirmed.
    expect(within(region).getByRole("checkbox", { name: WEAK })).not.toBeChecked();
    expect(doc.adopt).not.toHaveBeenCalled();
    // No internal name reaches the clerk outside the technical details.
    expect(region.textContent).not.toMatch(/bc:|onTimeRatePct/);
  });

  it("wraps on confirmation, with the weak figures the clerk ticked, and says what it did", async () => {
    const { doc, user } = await previewed();
    const region = await screen.findByRole("region", { name: /Kết quả nhận diện/ });
    await user.click(within(region).getByRole("checkbox", { name: WEAK }));
    const statusReads = doc.status.mock.calls.length;
    await user.click(within(region).getByRole("button", { name: "Gắn điều khiển (kèm 1 số đã xác nhận)" }));
    expect(doc.adopt).toHaveBeenCalledTimes(1);
    expect(doc.adopt).toHaveBeenCalledWith({
      agency: expect.objectContaining({ id: "sct-dongnai" }),
      confirmed: new Set(["bc:fig:II.2.2.1.onTimeRatePct"]),
    });
    expect(await screen.findByRole("group", { name: "Đã nhận diện báo cáo" })).toHaveTextContent(
      "baocao đã nhận 62 mục, 11 bảng và 27 số liệu",
    );
    expect(doc.status.mock.calls.length).toBeGreaterThan(statusReads);
  });

  it("wraps without the weak figures when none is ticked", async () => {
    const { doc, user } = await previewed();
    await user.click(await screen.findByRole("button", { name: "Gắn điều khiển cho báo cáo" }));
    expect(doc.adopt).toHaveBeenCalledWith(expect.objectContaining({ confirmed: new Set() }));
  });

  it("reads the report as the period the clerk chooses when the title is not to be trusted", async () => {
    const doc = fakeReportDocument(foreign);
    const { user } = renderPane({ doc });
    const form = await screen.findByRole("form", { name: "Nhận diện báo cáo cũ" });
    await user.click(within(form).getByRole("checkbox", { name: "Lấy kỳ báo cáo theo tiêu đề của báo cáo" }));
    await user.click(within(form).getByRole("radio", { name: "6 tháng" }));
    await user.click(within(form).getByRole("button", { name: "Nhận diện" }));
    expect(doc.previewAdopt).toHaveBeenCalledWith({
      agency: expect.objectContaining({ id: "sct-dongnai" }),
      period: { year: 2021, kind: "H1" },
    });
  });

  it("refuses in one line, with what to do, when the title names no period", async () => {
    await previewed({
      previewAdopt: async () => ({
        ...adoptPreview,
        refused: { noPeriod: true, message: "Tiêu đề báo cáo không nêu rõ một kỳ báo cáo." },
      }),
    });
    const bar = await screen.findByRole("group", { name: "Không nhận diện được" });
    expect(bar).toHaveTextContent("Tiêu đề báo cáo không nêu rõ một kỳ báo cáo.");
    expect(bar).toHaveTextContent("chọn kỳ của báo cáo");
    expect(screen.queryByRole("button", { name: /Gắn điều khiển/ })).not.toBeInTheDocument();
  });

  it("writes nothing when the clerk cancels", async () => {
    const { doc, user } = await previewed();
    await user.click(await screen.findByRole("button", { name: "Hủy" }));
    expect(screen.queryByRole("region", { name: /Kết quả nhận diện/ })).not.toBeInTheDocument();
    expect(doc.adopt).not.toHaveBeenCalled();
  });

  it("says what happened when Word fails", async () => {
    await previewed({ previewAdopt: async () => Promise.reject(new Error("GeneralException")) });
    expect(
      await screen.findByRole("group", { name: "Word không thực hiện được thao tác" }),
    ).toHaveTextContent("GeneralException");
  });
});
