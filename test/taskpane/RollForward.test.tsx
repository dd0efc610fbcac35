/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { fakeReportDocument, reportStatus } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

describe("RollForward", () => {
  it.each([
    [
      { year: 2021, kind: "Q1" as const },
      "Quý I năm 2021",
      "6 tháng đầu năm 2021",
      { year: 2021, kind: "H1" },
    ],
    [{ year: 2021, kind: "M9" as const }, "9 tháng đầu năm 2021", "Năm 2021", { year: 2021, kind: "Y" }],
    [{ year: 2021, kind: "Y" as const }, "Năm 2021", "Quý I năm 2022", { year: 2022, kind: "Q1" }],
  ])(
    "shows %j's next period and rolls to it after confirmation",
    async (period, current, next, nextPeriod) => {
      const doc = fakeReportDocument({ status: async () => ({ ...reportStatus, period }) });
      const { user } = renderPane({ doc, initialPanels: ["rollForward"] });
      const terms = await screen.findAllByRole("term");
      expect(terms.map((t) => [t.textContent, t.nextElementSibling?.textContent])).toEqual([
        ["Kỳ hiện tại", current],
        ["Kỳ sau", next],
      ]);
      await user.click(screen.getByRole("button", { name: "Chuyển sang kỳ sau" }));
      const dialog = await screen.findByRole("alertdialog", { name: `Chuyển báo cáo sang ${next}?` });
      expect(within(dialog).getByRole("button", { name: "Chuyển kỳ" })).toHaveFocus();
      expect(doc.rollForward).not.toHaveBeenCalled();
      await user.click(within(dialog).getByRole("button", { name: "Chuyển kỳ" }));
      expect(doc.rollForward).toHaveBeenCalledWith(nextPeriod);
      expect(await screen.findByRole("group", { name: "Đã chuyển kỳ" })).toHaveTextContent(
        `Báo cáo đã chuyển sang ${next} (42 chỗ thay đổi)`,
      );
    },
  );

  it("does nothing when the clerk cancels", async () => {
    const { user, doc } = renderPane({ initialPanels: ["rollForward"] });
    await user.click(await screen.findByRole("button", { name: "Chuyển sang kỳ sau" }));
    await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Hủy" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(doc.rollForward).not.toHaveBeenCalled();
  });

  it("says what happened when rolling fails", async () => {
    const doc = fakeReportDocument({ rollForward: async () => Promise.reject(new Error("AccessDenied")) });
    const { user } = renderPane({ doc, initialPanels: ["rollForward"] });
    await user.click(await screen.findByRole("button", { name: "Chuyển sang kỳ sau" }));
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Chuyển kỳ" }),
    );
    expect(
      await screen.findByRole("group", { name: "Word không thực hiện được thao tác" }),
    ).toHaveTextContent("AccessDenied");
  });

  it("explains that only a report can be rolled forward", async () => {
    const doc = fakeReportDocument({ status: async () => ({ kind: "blank" as const }) });
    renderPane({ doc, initialPanels: ["rollForward"] });
    expect(await screen.findByText(/Chỉ chuyển kỳ được với báo cáo do baocao tạo/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Chuyển sang kỳ sau" })).not.toBeInTheDocument();
  });
});
