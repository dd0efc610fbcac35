/** @jest-environment jsdom */
/**
 * The pane's “Kiểm tra tương thích”: on a blank scratch document only after the clerk confirms, straight away on
 * a hidden one; each check shown passed or failed with Word's version; the report copied for IT; names and error
 * codes only under “Chi tiết kỹ thuật”.
 */
import { screen, within } from "@testing-library/react";
import type { SelfTestReport, SelfTestRunner } from "../../src/taskpane/services/SelfTestRunner";
import { NotBlankDocument } from "../../src/word/scratchDocument";
import { renderPane } from "./fakes/renderPane";

const report = (failed: boolean): SelfTestReport => ({
  host: { version: "16.0.14332", platform: "PC", sets: { WordApi: "1.3", WordApiHiddenDocument: "1.3" } },
  checks: [
    { id: "insert.ooxml", title: { vi: "Chèn báo cáo (insertOoxml)", en: "Insert the report (insertOoxml)" }, status: "passed" },
    {
      id: "select.control",
      title: { vi: "Chọn một ô trong văn bản", en: "Select a control" },
      status: failed ? "failed" : "passed",
      ...(failed ? { detail: "the selection holds no control" } : {}),
    },
    { id: "insert.documentFile", title: { vi: "Chèn cả tệp", en: "Insert a whole file" }, status: "skipped", detail: "WordApi 1.5 absent" },
  ],
  passed: failed ? 1 : 2,
  failed: failed ? 1 : 0,
  skipped: 1,
  ok: !failed,
});

const open = async (runner: SelfTestRunner) => {
  const pane = renderPane({ selfTest: runner, initialPanels: ["compat"] });
  await screen.findByText(/Chạy thử các thao tác của baocao/);
  return pane;
};

describe("Kiểm tra tương thích", () => {
  it("on a hidden document runs at once and shows each check, Word's version and the verdict", async () => {
    const run = jest.fn(async () => report(true));
    const { user } = await open({ scratch: "hidden", run });
    await user.click(screen.getByRole("button", { name: "Chạy kiểm tra" }));
    await screen.findByText("Có thao tác Word này không làm được");
    expect(run).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Word 16\.0\.14332 \(PC\)/)).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Các mục kiểm tra tương thích" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows.map((r) => r.getAttribute("data-status"))).toEqual(["passed", "failed", "skipped"]);
    expect(rows[1]).toHaveTextContent("Không đạt");
    expect(rows[1]).toHaveTextContent("Chọn một ô trong văn bản");
    // Check names and what Word said stay under the technical disclosure.
    expect(list).not.toHaveTextContent("select.control");
  });

  it("on a blank document asks first, and runs only when the clerk agrees", async () => {
    const run = jest.fn(async () => report(false));
    const { user } = await open({ scratch: "blank", run });
    await user.click(screen.getByRole("button", { name: "Chạy kiểm tra" }));
    await screen.findByText("Kiểm tra trên một văn bản trắng");
    expect(run).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Huỷ" }));
    expect(run).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Chạy kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: "Đồng ý, chạy kiểm tra" }));
    await screen.findByText("Word này làm được mọi thao tác của baocao");
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("copies the report for IT: version, API sets, every check with what was seen", async () => {
    const { user } = await open({ scratch: "hidden", run: async () => report(true) });
    await user.click(screen.getByRole("button", { name: "Chạy kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: "Sao chép báo cáo cho IT" }));
    await screen.findByText("Đã sao chép.");
    // user-event stands in for the system clipboard: what the pane wrote is read back from it.
    const text = await navigator.clipboard.readText();
    expect(text).toContain("Word: 16.0.14332 (PC)");
    expect(text).toContain("WordApi 1.3, WordApiHiddenDocument 1.3");
    expect(text).toContain("FAIL select.control — Select a control: the selection holds no control");
    expect(text).toContain("N/A  insert.documentFile");
  });

  it("on a document that is not blank says so and shows no result", async () => {
    const { user } = await open({
      scratch: "blank",
      run: async () => {
        throw new NotBlankDocument("The open document is not blank.");
      },
    });
    await user.click(screen.getByRole("button", { name: "Chạy kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: "Đồng ý, chạy kiểm tra" }));
    await screen.findByText("Văn bản đang mở không trắng");
    expect(screen.queryByRole("list", { name: "Các mục kiểm tra tương thích" })).toBeNull();
  });
});
