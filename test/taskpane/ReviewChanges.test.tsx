/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { fakeFiguresSource } from "./fakes/fakeFiguresSource";
import { fakeReportDocument, preview, q1Figures, t2Preview } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

/** Loads q1Figures through the (fake) service, which opens the review panel. */
async function loadFigures(options: Parameters<typeof renderPane>[0] = {}) {
  const source = fakeFiguresSource(async () => q1Figures);
  const rendered = renderPane({ figuresSource: source.factory, ...options });
  const form = await screen.findByRole("form", { name: "Dịch vụ số liệu" });
  await within(form).findByText(/Số liệu cho/);
  await rendered.user.click(within(form).getByRole("button", { name: "Tải số liệu" }));
  return rendered;
}

const reviewPanel = () =>
  screen.getByRole("button", { name: "Xem thay đổi" }).closest("[data-panel]") as HTMLElement;

describe("ReviewChanges", () => {
  it("says there is nothing to review before figures are loaded", async () => {
    renderPane({ initialPanels: ["review"] });
    expect(await screen.findByRole("group", { name: "Chưa có số liệu mới" })).toBeInTheDocument();
  });

  it("waits for the template on a blank document instead of comparing, and offers to fill it in", async () => {
    const doc = fakeReportDocument({
      status: async () => ({ kind: "blank" as const }),
      currentFigures: async () => undefined,
    });
    const { user } = await loadFigures({ doc });
    expect(await screen.findByRole("checkbox", { name: "Điền luôn số liệu đã tải" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Xem thay đổi" }));
    expect(
      await within(reviewPanel()).findByRole("group", { name: "Tài liệu chưa có mẫu báo cáo" }),
    ).toBeInTheDocument();
    expect(doc.previewRefresh).not.toHaveBeenCalled();
    expect(within(reviewPanel()).getByRole("button", { name: "Áp dụng" })).toBeDisabled();
  });

  it("groups the changes by section, old → new, with the syncs used behind “Chi tiết kỹ thuật”", async () => {
    const { user } = await loadFigures();
    const panel = reviewPanel();
    const t2 = await within(panel).findByRole("table", { name: "a) Dịch vụ công trực tuyến mức độ 3, 4" });
    const rows = within(t2)
      .getAllByRole("row")
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ["Bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1, cột “Số hồ sơ thực hiện mức độ 3 và 4”", "2.460", "2.470", "Sửa"],
      // A share is computed: it is corrected through what it is computed from.
      ["Bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1, cột “Tỷ lệ (%)”", "96,3 %", "96,7 %", ""],
    ]);
    const drafts = within(panel).getByRole("table", { name: "1. Cải cách thể chế" });
    expect(within(drafts).getByRole("row", { name: /Số văn bản QPPL.* 07 08/ })).toBeInTheDocument();
    expect(within(panel).getByRole("status")).toHaveTextContent("3 chỗ sẽ thay đổi, 1 số đã sửa tay");
    expect(within(panel).queryByText(/sync|đồng bộ/)).toBeNull();
    await user.click(within(panel).getByRole("button", { name: "Chi tiết kỹ thuật" }));
    expect(await within(panel).findByText("1 lần gọi Word (sync)")).toBeInTheDocument();
  });

  it("selects a change's control in the document when its row is clicked", async () => {
    const { user, doc } = await loadFigures();
    const panel = reviewPanel();
    await user.click(await within(panel).findByRole("button", { name: "Bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1, cột “Số hồ sơ thực hiện mức độ 3 và 4”" }));
    expect(doc.selectTag).toHaveBeenCalledWith("bc:fig:T2.r1.c4");
    expect(doc.selectTag).toHaveBeenCalledTimes(1);
  });

  it("keeps hand edits by default and applies everything in one call", async () => {
    const { user, doc } = await loadFigures();
    const panel = reviewPanel();
    const conflict = await within(panel).findByRole("radiogroup", { name: "Chỉ tiêu “Tỷ lệ hồ sơ đúng và trước hạn”" });
    expect(within(conflict).getByRole("radio", { name: "Giữ bản sửa tay" })).toBeChecked();
    expect(within(panel).getByText("99,4%")).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Áp dụng" }));

    expect(doc.applyRefresh).toHaveBeenCalledTimes(1);
    expect(doc.applyRefresh).toHaveBeenCalledWith(q1Figures, new Set());
    const done = await within(panel).findByRole("group", { name: "Đã cập nhật" });
    expect(done).toHaveTextContent("Đã cập nhật 3 chỗ trong tài liệu.");
    expect(done).not.toHaveTextContent("sync");
    await user.click(within(done).getByRole("button", { name: "Chi tiết kỹ thuật" }));
    expect(done).toHaveTextContent("2 lần gọi Word (sync)");
  });

  it("overwrites the hand edits the clerk chose", async () => {
    const { user, doc } = await loadFigures();
    const panel = reviewPanel();
    const conflict = await within(panel).findByRole("radiogroup", { name: "Chỉ tiêu “Tỷ lệ hồ sơ đúng và trước hạn”" });
    await user.click(within(conflict).getByRole("radio", { name: "Ghi đè bằng số mới" }));
    await user.click(within(panel).getByRole("button", { name: "Áp dụng" }));
    expect(doc.applyRefresh).toHaveBeenCalledWith(q1Figures, new Set(["bc:fig:II.2.2.1.onTimeRatePct"]));
  });

  it("lists the controls the document lost, in Vietnamese, and applies nothing until they are back (#15)", async () => {
    const doc = fakeReportDocument({
      previewRefresh: async () =>
        preview({
          changes: t2Preview.plan.changes,
          issues: [
            {
              code: "doc.missingControl",
              path: ["doc", "bc:fig:II.1.vbqpplDraftsRegistered"],
              params: { tag: "bc:fig:II.1.vbqpplDraftsRegistered" },
            },
          ],
        }),
    });
    await loadFigures({ doc });
    const bar = await within(reviewPanel()).findByRole("group", {
      name: "Văn bản có vấn đề: chưa ghi gì cho đến khi sửa xong",
    });
    expect(bar).toHaveTextContent("không tìm thấy trong văn bản (có thể đã bị xóa)");
    expect(within(reviewPanel()).getByRole("button", { name: "Áp dụng" })).toBeDisabled();
  });

  it("says when the document already shows the new figures", async () => {
    const doc = fakeReportDocument({ previewRefresh: async () => preview({}) });
    await loadFigures({ doc });
    expect(
      await within(reviewPanel()).findByRole("group", { name: "Không có gì thay đổi" }),
    ).toBeInTheDocument();
    expect(within(reviewPanel()).getByRole("button", { name: "Áp dụng" })).toBeDisabled();
  });

  it("says what happened when comparing with the document fails", async () => {
    const doc = fakeReportDocument({
      previewRefresh: async () => Promise.reject(new Error("InvalidArgument: control locked")),
    });
    await loadFigures({ doc });
    const bar = await within(reviewPanel()).findByRole("group", {
      name: "Word không thực hiện được thao tác",
    });
    expect(bar).toHaveTextContent("InvalidArgument: control locked");
    expect(within(bar).getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
    expect(within(reviewPanel()).getByRole("button", { name: "Áp dụng" })).toBeDisabled();
  });

  it("says what happened when applying fails, and keeps the figures for another try", async () => {
    const doc = fakeReportDocument({
      applyRefresh: async () => Promise.reject(new Error("GeneralException: document is locked")),
    });
    const { user } = await loadFigures({ doc });
    await user.click(await within(reviewPanel()).findByRole("button", { name: "Áp dụng" }));
    const bar = await within(reviewPanel()).findByRole("group", {
      name: "Word không thực hiện được thao tác",
    });
    expect(bar).toHaveTextContent("GeneralException: document is locked");
    expect(within(reviewPanel()).getByRole("button", { name: "Áp dụng" })).toBeEnabled();
  });

  it("says when a change's control is no longer there", async () => {
    const doc = fakeReportDocument({ selectTag: async () => false });
    const { user } = await loadFigures({ doc });
    await user.click(await within(reviewPanel()).findByRole("button", { name: "Bảng “Dịch vụ công trực tuyến mức độ 3, 4”, dòng 1, cột “Số hồ sơ thực hiện mức độ 3 và 4”" }));
    expect(
      await within(reviewPanel()).findByRole("group", { name: "Không tìm thấy trong tài liệu" }),
    ).toBeInTheDocument();
  });

  it("drops the figures when the clerk discards them", async () => {
    const { user } = await loadFigures();
    await user.click(await within(reviewPanel()).findByRole("button", { name: "Bỏ số liệu này" }));
    expect(
      await within(reviewPanel()).findByRole("group", { name: "Chưa có số liệu mới" }),
    ).toBeInTheDocument();
  });
});
