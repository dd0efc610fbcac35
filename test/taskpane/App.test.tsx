/** @jest-environment jsdom */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
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
      "Sửa số liệu",
      "Chuyển kỳ báo cáo",
    ]);
    expect(await screen.findByText("Sở Công Thương Đồng Nai")).toBeInTheDocument();
  });

  it("shows its frame at once while the document layer is on its way, then the panels over the document", async () => {
    const doc = fakeReportDocument();
    let arrive!: (d: typeof doc) => void;
    render(
      <App
        reportDocument={new Promise((resolve) => (arrive = resolve))}
        settings={memorySettings()}
        today={new Date(2021, 2, 10)}
      />,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Báo cáo CCHC" })).toBeInTheDocument();
    expect(screen.getAllByText("Đang mở…").length).toBeGreaterThan(0);
    expect(doc.status).not.toHaveBeenCalled();
    arrive(doc);
    expect(await screen.findByText("Sở Công Thương Đồng Nai")).toBeInTheDocument();
    expect(doc.status).toHaveBeenCalled();
    expect(screen.queryByText("Đang mở…")).not.toBeInTheDocument();
  });

  it("says in the panel when the document layer could not be loaded", async () => {
    render(<App reportDocument={Promise.reject(new Error("chunk lost"))} settings={memorySettings()} />);
    expect(
      (await screen.findAllByRole("group", { name: "Phần này gặp lỗi không mong muốn" })).length,
    ).toBeGreaterThan(0);
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
    // The panel's code arrives on demand, then its body shows.
    expect(await screen.findByRole("button", { name: "Kiểm tra lại" })).toBeInTheDocument();
    await user.keyboard(" ");
    expect(checks).toHaveAttribute("aria-expanded", "false");
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Kiểm tra lại" })).not.toBeInTheDocument(),
    );
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

  it("renders in the dark theme when Office is dark, in the light one otherwise", () => {
    // Fluent writes each provider's theme as CSS variables on a class of its own: the pane's provider must carry
    // the dark theme's background, not the light one's.
    const backgroundOf = (container: HTMLElement) => {
      const provider = container.querySelector<HTMLElement>(".fui-FluentProvider");
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      const themed = [...(provider?.classList ?? [])].flatMap((name) =>
        rules.filter((rule) => rule.startsWith(`.${name} `) && rule.includes("--colorNeutralBackground1:")),
      );
      return themed.map((rule) => /--colorNeutralBackground1:\s*([^;]+);/.exec(rule)?.[1]?.trim()).at(-1);
    };
    const dark = renderPane({ theme: "dark" });
    expect(backgroundOf(dark.container)).toBe(webDarkTheme.colorNeutralBackground1);
    dark.unmount();
    const light = renderPane({ theme: "light" });
    expect(backgroundOf(light.container)).toBe(webLightTheme.colorNeutralBackground1);
  });
});
