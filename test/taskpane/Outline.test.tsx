/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { fakeReportDocument } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

describe("Outline", () => {
  it("lists the numbered sections with their state", async () => {
    renderPane({ initialPanels: ["outline"] });
    const nav = await screen.findByRole("navigation", { name: "Dàn ý báo cáo" });
    const entries = within(nav)
      .getAllByRole("button")
      .map((b) => [
        b.textContent,
        document.getElementById(b.getAttribute("aria-describedby") ?? "")?.textContent,
      ]);
    expect(entries).toEqual([
      ["I. Công tác chỉ đạo, điều hành", "đã điền"],
      ["II. Kết quả thực hiện", "có vấn đề"],
      ["1. Cải cách thể chế", "thiếu số liệu"],
      ["a) Dịch vụ công trực tuyến mức độ 3, 4", "đã điền"],
    ]);
    expect(within(nav).getByRole("button", { name: "1. Cải cách thể chế" })).toHaveAccessibleDescription(
      "thiếu số liệu",
    );
  });

  it("goes to a section by its tag", async () => {
    const { user, doc } = renderPane({ initialPanels: ["outline"] });
    await user.click(await screen.findByRole("button", { name: "1. Cải cách thể chế" }));
    expect(doc.selectTag).toHaveBeenCalledWith("bc:sec:II.1");
  });

  it("shows a lost control's state", async () => {
    const doc = fakeReportDocument({
      outline: async () => [
        { id: "II.1", number: "1.", title: "Cải cách thể chế", depth: 1, state: "missingControl" as const },
      ],
    });
    renderPane({ doc, initialPanels: ["outline"] });
    expect(await screen.findByRole("button", { name: "1. Cải cách thể chế" })).toHaveAccessibleDescription(
      "mất chỗ điền số liệu",
    );
  });

  it("says when a section cannot be found any more", async () => {
    const doc = fakeReportDocument({ selectTag: async () => false });
    const { user } = renderPane({ doc, initialPanels: ["outline"] });
    await user.click(await screen.findByRole("button", { name: "I. Công tác chỉ đạo, điều hành" }));
    expect(await screen.findByRole("group", { name: "Không tìm thấy trong tài liệu" })).toBeInTheDocument();
  });

  it("says what happened when the outline cannot be read, and tries again", async () => {
    const doc = fakeReportDocument({
      outline: async () => Promise.reject(new Error("RichApi.Error: timeout")),
    });
    const { user } = renderPane({ doc, initialPanels: ["outline"] });
    const bar = await screen.findByRole("group", { name: "Word không thực hiện được thao tác" });
    doc.outline.mockResolvedValue([]);
    await user.click(within(bar).getByRole("button", { name: "Làm mới" }));
    expect(await screen.findByText("Tài liệu chưa có dàn ý của mẫu báo cáo.")).toBeInTheDocument();
  });
});
