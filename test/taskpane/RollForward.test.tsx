/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { fakeReportDocument, reportStatus } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

/**
 * Fluent's Dialog: in jsdom tabster (its focus manager) finds nothing focusable (no layout), focuses the surface
 * and may leave it aria-hidden as content outside the modal (which also empties its computed name), so the
 * dialog is found here with `hidden: true` and its title read through aria-labelledby;
 * test/browser/playgroundSample.test.ts finds it by role and name as any user would, in Chromium.
 */
const question = () => screen.findByRole("alertdialog", { hidden: true }, { timeout: 15_000 });
const titleOf = (dialog: HTMLElement) => document.getElementById(dialog.getAttribute("aria-labelledby") ?? "");

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
      const dialog = await question();
      expect(titleOf(dialog)).toHaveTextContent(`Chuyển báo cáo sang ${next}?`);
      // Fluent's Dialog takes the focus (its first button in a browser; jsdom has no layout for tabster to find
      // it, so the surface), so keyboard and screen-reader users answer the question next.
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
      expect(doc.rollForward).not.toHaveBeenCalled();
      await user.click(within(dialog).getByRole("button", { name: "Chuyển kỳ", hidden: true }));
      expect(doc.rollForward).toHaveBeenCalledWith(nextPeriod);
      expect(await screen.findByRole("group", { name: "Đã chuyển kỳ" })).toHaveTextContent(
        `Báo cáo đã chuyển sang ${next} (42 chỗ thay đổi)`,
      );
    },
  );

  it("does nothing when the clerk cancels", async () => {
    const { user, doc } = renderPane({ initialPanels: ["rollForward"] });
    await user.click(await screen.findByRole("button", { name: "Chuyển sang kỳ sau" }));
    await user.click(within(await question()).getByRole("button", { name: "Hủy", hidden: true }));
    expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument();
    expect(doc.rollForward).not.toHaveBeenCalled();
  });

  it("asks in Fluent's modal alert dialog, which Escape closes without rolling", async () => {
    const { user, doc } = renderPane({ initialPanels: ["rollForward"] });
    await user.click(await screen.findByRole("button", { name: "Chuyển sang kỳ sau" }));
    const dialog = await question();
    expect(dialog).toHaveAttribute("aria-modal", "true");
    expect(dialog).toHaveAccessibleDescription(/Nên lưu một bản sao báo cáo/);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument();
    expect(doc.rollForward).not.toHaveBeenCalled();
  });

  it("says what happened when rolling fails", async () => {
    const doc = fakeReportDocument({ rollForward: async () => Promise.reject(new Error("AccessDenied")) });
    const { user } = renderPane({ doc, initialPanels: ["rollForward"] });
    await user.click(await screen.findByRole("button", { name: "Chuyển sang kỳ sau" }));
    await user.click(
      within(await question()).getByRole("button", { name: "Chuyển kỳ", hidden: true }),
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
