/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { memorySettings } from "../../src/taskpane/shared/settingsStore";
import {
  InvalidAnswerError,
  NetworkError,
  NotFoundError,
  ServiceError,
  TimeoutError,
  UnauthorizedError,
} from "../../src/api/errors";
import { fakeFiguresSource, hungService } from "./fakes/fakeFiguresSource";
import { fakeReportDocument, q1Figures } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

/** The form once its panel has loaded: panels are chunks of their own, the first one loaded in a run takes a while. */
const loadedServiceForm = () => screen.findByRole("form", { name: "Dịch vụ số liệu" }, { timeout: 10_000 });

describe("DataSource: the figures service", () => {
  it("fills in the development test key until the clerk has typed one of their own", async () => {
    const source = fakeFiguresSource(async () => q1Figures);
    renderPane({ figuresSource: source.factory, defaultApiKey: "bc.dev.key" });
    expect(await within(await loadedServiceForm()).findByLabelText("Khóa truy cập")).toHaveValue("bc.dev.key");
  });

  it("keeps the clerk's own key over the development one", async () => {
    const settings = memorySettings();
    settings.set("baocao.figuresService", JSON.stringify({ baseUrl: "/api", apiKey: "bc.own" }));
    renderPane({ figuresSource: fakeFiguresSource(async () => q1Figures).factory, defaultApiKey: "bc.dev.key", settings });
    expect(await within(await loadedServiceForm()).findByLabelText("Khóa truy cập")).toHaveValue("bc.own");
  });

  it("loads the report's figures with the address and key typed, remembers them, and opens the review", async () => {
    const source = fakeFiguresSource(async ({ onProgress }) => {
      onProgress?.(2048);
      return q1Figures;
    });
    const settings = memorySettings();
    const { user, doc } = renderPane({ figuresSource: source.factory, settings });
    const form = await loadedServiceForm();
    expect(
      await within(form).findByText("Số liệu cho: Sở Công Thương Đồng Nai, Quý I năm 2021"),
    ).toBeInTheDocument();
    const address = within(form).getByRole("textbox", { name: "Địa chỉ dịch vụ" });
    await user.clear(address);
    await user.type(address, "https://solieu.example/api");
    await user.type(within(form).getByLabelText("Khóa truy cập"), "secret-key");
    await user.click(within(form).getByRole("button", { name: "Tải số liệu" }));

    expect(source.fetchFigures).toHaveBeenCalledWith(
      expect.objectContaining({ templateId: "cchc-test", agencyId: "sct-dongnai", period: "2021-Q1" }),
    );
    expect(source.made.at(-1)).toEqual({ baseUrl: "https://solieu.example/api", apiKey: "secret-key" });
    expect(JSON.parse(settings.get("baocao.figuresService") ?? "{}")).toEqual({
      baseUrl: "https://solieu.example/api",
      apiKey: "secret-key",
    });
    expect(await screen.findByRole("group", { name: "Đã tải số liệu" })).toBeInTheDocument();
    expect(await screen.findByRole("table", { name: /Dịch vụ công trực tuyến/ })).toBeInTheDocument();
    expect(doc.previewRefresh).toHaveBeenCalledWith(q1Figures);
  });

  it("shows progress while a hung service is waited for, and cancels it with Hủy", async () => {
    const source = fakeFiguresSource(hungService);
    const { user, doc } = renderPane({ figuresSource: source.factory });
    await within((await loadedServiceForm())).findByText(/Số liệu cho/);
    await user.click(within((await loadedServiceForm())).getByRole("button", { name: "Tải số liệu" }));

    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Đang tải số liệu…")).toBeInTheDocument();
    expect(within((await loadedServiceForm())).getByRole("button", { name: "Tải số liệu" })).toBeDisabled();
    const signal = source.fetchFigures.mock.calls[0]![0].signal;
    await user.click(screen.getByRole("button", { name: "Hủy" }));

    expect(signal.aborted).toBe(true);
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(await screen.findByRole("group", { name: "Đã hủy" })).toHaveTextContent(
      "Tài liệu không thay đổi.",
    );
    expect(screen.queryByRole("group", { name: /Không kết nối/ })).not.toBeInTheDocument();
    expect(doc.previewRefresh).not.toHaveBeenCalled();
  });

  it.each([
    [
      "401",
      new UnauthorizedError({ status: 401 }),
      "Khóa truy cập không được chấp nhận",
      "Kiểm tra lại khóa truy cập",
    ],
    [
      "a timeout",
      new TimeoutError({ seconds: 15 }),
      "Dịch vụ số liệu không trả lời kịp",
      "Thử lại sau ít phút",
    ],
    [
      "an unreachable service",
      new NetworkError({ code: "ECONNREFUSED" }),
      "Không kết nối được dịch vụ số liệu",
      "Kiểm tra địa chỉ dịch vụ",
    ],
    [
      "an invalid answer",
      new InvalidAnswerError({ detail: "ETag" }),
      "Dịch vụ trả về số liệu không hợp lệ",
      "Báo cho quản trị hệ thống",
    ],
    [
      "no figures for the period",
      new NotFoundError({ status: 404 }),
      "Dịch vụ chưa có số liệu kỳ này",
      "Kiểm tra cơ quan và kỳ báo cáo",
    ],
    [
      "a failing service",
      new ServiceError({ status: 500 }),
      "Dịch vụ số liệu báo lỗi",
      "Thử lại sau ít phút",
    ],
    ["anything else", new Error("Lỗi không rõ."), "Dịch vụ số liệu báo lỗi", "Thử lại sau ít phút"],
  ])("explains %s in Vietnamese: what happened and what to do", async (_, error, title, action) => {
    const source = fakeFiguresSource(async () => {
      throw error;
    });
    const { user } = renderPane({ figuresSource: source.factory });
    await within((await loadedServiceForm())).findByText(/Số liệu cho/);
    await user.click(within((await loadedServiceForm())).getByRole("button", { name: "Tải số liệu" }));
    const bar = await screen.findByRole("group", { name: title });
    expect(bar).toHaveTextContent(error.message);
    expect(bar).toHaveTextContent(action);
  });

  it("asks for a report before loading when the document is neither a report nor blank", async () => {
    const source = fakeFiguresSource(async () => q1Figures);
    const doc = fakeReportDocument({ status: async () => ({ kind: "foreign" as const }) });
    renderPane({ doc, figuresSource: source.factory });
    expect(await within((await loadedServiceForm())).findByRole("group", { name: "Chưa có báo cáo" })).toBeInTheDocument();
    expect(within((await loadedServiceForm())).getByRole("button", { name: "Tải số liệu" })).toBeDisabled();
  });

  it("remembers the chosen source", async () => {
    const source = fakeFiguresSource(async () => q1Figures);
    const settings = memorySettings();
    const { user, unmount } = renderPane({ figuresSource: source.factory, settings });
    await user.click(await screen.findByRole("radio", { name: "Dán từ Excel" }, { timeout: 10_000 }));
    expect(await screen.findByRole("textbox", { name: /Dán bảng/ }, { timeout: 10_000 })).toBeInTheDocument();
    unmount();
    renderPane({ figuresSource: source.factory, settings });
    expect(await screen.findByRole("radio", { name: "Dán từ Excel" }, { timeout: 10_000 })).toBeChecked();
  });
});
