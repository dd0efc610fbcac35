/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { memorySettings } from "../../src/taskpane/shared/settingsStore";
import { fakeReportDocument } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

describe("App", () => {
  it("has a banner with the title, a main region and one heading per panel", async () => {
    renderPane();
    expect(screen.getByRole("banner")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Báo cáo CCHC" })).toBeInTheDocument();
    const main = screen.getByRole("main");
    const headings = within(main)
      .getAllByRole("heading", { level: 2 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      "Tài liệu",
      "Số liệu",
      "Xem thay đổi",
      "Dàn ý",
      "Kiểm tra trước khi ký",
      "Chuyển kỳ báo cáo",
    ]);
    expect(await screen.findByText("Sở Công Thương Đồng Nai")).toBeInTheDocument();
  });

  it("opens a closed panel from its heading button", async () => {
    const { user, doc } = renderPane();
    expect(screen.queryByRole("navigation", { name: "Dàn ý báo cáo" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Dàn ý" }));
    expect(await screen.findByRole("navigation", { name: "Dàn ý báo cáo" })).toBeInTheDocument();
    expect(doc.outline).toHaveBeenCalled();
  });

  it("opens and closes panels from the keyboard, saying whether each is open", async () => {
    const { user } = renderPane();
    const checks = screen.getByRole("button", { name: "Kiểm tra trước khi ký" });
    expect(checks).toHaveAttribute("aria-expanded", "false");
    checks.focus();
    await user.keyboard("{Enter}");
    expect(checks).toHaveAttribute("aria-expanded", "true");
    expect(document.getElementById(checks.getAttribute("aria-controls") ?? "")).toBeInTheDocument();
    await user.keyboard(" ");
    expect(checks).toHaveAttribute("aria-expanded", "false");
  });

  it("switches to English and remembers the choice", async () => {
    const settings = memorySettings();
    const { user, unmount } = renderPane({ settings });
    await user.selectOptions(screen.getByRole("combobox", { name: "Ngôn ngữ" }), "en");
    expect(screen.getByRole("heading", { level: 1, name: "CCHC report" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Review changes" })).toBeInTheDocument();
    unmount();

    renderPane({ settings });
    expect(screen.getByRole("heading", { level: 1, name: "CCHC report" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveValue("en");
  });

  it("keeps the other panels working when one panel fails to render", async () => {
    const doc = fakeReportDocument({ agencies: null as never });
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderPane({ doc });
    const crash = await screen.findByRole("group", { name: "Phần này gặp lỗi không mong muốn" });
    expect(within(crash).getByRole("button", { name: "Thử lại" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Dán bảng hoặc danh sách/ })).toBeInTheDocument();
    jest.restoreAllMocks();
  });

  it("renders in the dark theme when Office is dark", () => {
    renderPane({ theme: "dark" });
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
  });
});
