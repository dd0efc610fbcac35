/** @jest-environment jsdom */
/**
 * A pane that keeps its place: a result takes the focus and is said by a live region; a result that no longer
 * holds is cleared when the state changes; switching language rewords every message shown, failures included
 * (kept as issues and errors, worded when shown), and the source of the figures (kept as data).
 */
import { screen, within } from "@testing-library/react";
import { UnauthorizedError } from "../../src/api/errors";
import { IssueError } from "../../src/taskpane/services/IssueError";
import { paneTemplate } from "./fixtures/paneTemplate";
import { fakeFiguresSource } from "./fakes/fakeFiguresSource";
import { fakeReportDocument, q1Figures } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

async function loadFigures(options: Parameters<typeof renderPane>[0] = {}) {
  const source = fakeFiguresSource(async () => q1Figures);
  const rendered = renderPane({ figuresSource: source.factory, ...options });
  const form = await screen.findByRole("form", { name: "Dịch vụ số liệu" });
  await within(form).findByText(/Số liệu cho/);
  const load = () => rendered.user.click(within(form).getByRole("button", { name: "Tải số liệu" }));
  await load();
  return { ...rendered, load };
}

describe("a pane that keeps its place", () => {
  it("moves the focus to the result of Áp dụng, inside a live region, and clears it when new figures come", async () => {
    const { user, load } = await loadFigures();
    await user.click(await screen.findByRole("button", { name: "Áp dụng" }));
    const done = await screen.findByRole("group", { name: "Đã cập nhật" });
    const region = screen.getByTestId("review-result");
    expect(region).toContainElement(done);
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toHaveFocus();

    await load();
    await screen.findByRole("table", { name: /Dịch vụ công trực tuyến/ });
    expect(screen.queryByRole("group", { name: "Đã cập nhật" })).not.toBeInTheDocument();
  });

  it("rewords a failure of the document, the figures in the review and their source when the language changes", async () => {
    const refused = new IssueError(
      { code: "doc.periodMismatch", path: ["period"], params: { expected: "2021-Q1", actual: "2021-H1" } },
      paneTemplate,
    );
    const doc = fakeReportDocument({ applyRefresh: async () => Promise.reject(refused) });
    const { user } = await loadFigures({ doc });
    expect(await screen.findByText(/^Số liệu mới: Dịch vụ số liệu, cập nhật/)).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "Áp dụng" }));
    const failure = await screen.findByRole("group", { name: "Word không thực hiện được thao tác" });
    expect(failure).toHaveTextContent(refused.messageIn("vi"));
    expect(screen.getByTestId("review-result")).toHaveFocus();

    await user.selectOptions(screen.getByRole("combobox", { name: "Ngôn ngữ" }), "en");
    const english = await screen.findByRole("group", { name: "Word could not do this" });
    expect(english).toHaveTextContent(refused.messageIn("en"));
    expect(refused.messageIn("en")).not.toBe(refused.messageIn("vi"));
    expect(screen.queryByText(refused.messageIn("vi"))).not.toBeInTheDocument();
    expect(screen.getByText(/^New figures: Figures service, updated/)).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^Table “.*”, row 1, column/ }).length).toBeGreaterThan(0);
  });

  it("rewords a failure of the figures service when the language changes", async () => {
    const source = fakeFiguresSource(async () => Promise.reject(new UnauthorizedError({ status: 401 })));
    const { user } = renderPane({ figuresSource: source.factory });
    const form = await screen.findByRole("form", { name: "Dịch vụ số liệu" });
    await within(form).findByText(/Số liệu cho/);
    await user.click(within(form).getByRole("button", { name: "Tải số liệu" }));
    const vi = await screen.findByRole("group", { name: "Khóa truy cập không được chấp nhận" });
    expect(vi).toHaveTextContent(new UnauthorizedError({ status: 401 }).messageIn("vi"));

    await user.selectOptions(screen.getByRole("combobox", { name: "Ngôn ngữ" }), "en");
    const en = await screen.findByRole("group", { name: "The access key was refused" });
    expect(en).toHaveTextContent(new UnauthorizedError({ status: 401 }).messageIn("en"));
  });
});
