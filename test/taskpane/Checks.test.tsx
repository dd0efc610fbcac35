/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { StaleFinding } from "../../src/domain/checks/stalePeriod";
import type { ReadinessItem } from "../../src/taskpane/services/ReportDocument";
import { fakeReportDocument } from "./fakes/fakeReportDocument";
import { renderPane } from "./fakes/renderPane";

const finding: StaleFinding = {
  kind: "label",
  paragraph: 12,
  sectionId: "II.1",
  text: "Quí I/2020",
  start: 6,
  names: { year: 2020, kind: "Q1" },
  reason: "otherYear",
};

const items: readonly ReadinessItem[] = [
  {
    issue: { code: "ready.missingFigure", path: ["fields", "II.1.vbqpplDraftsRegistered"] },
    tag: "bc:fig:II.1.vbqpplDraftsRegistered",
  },
  {
    issue: {
      code: "ready.stalePeriod",
      path: ["sections", "II.1"],
      params: { text: "Quí I/2020", period: "Quí I/2021" },
      severity: "warning",
    },
    finding,
  },
  {
    issue: { code: "ready.blankForClerk", path: ["hdr", "docNumber"], severity: "info" },
    tag: "bc:hdr:docNumber",
  },
  { issue: { code: "doc.missingControl", path: ["doc", "bc:tbl:T2"], params: { tag: "bc:tbl:T2" } } },
];

describe("Checks", () => {
  it("opens the correction of a finding's figure, and says what the value typed is not", async () => {
    const doc = fakeReadiness(items);
    doc.previewCorrection.mockResolvedValue({
      kind: "invalid",
      issue: { code: "paste.badNumber", path: ["doc", "bc:fig:II.1.vbqpplDraftsRegistered"], params: { value: "bảy" } },
    });
    const { user } = renderPane({ doc, initialPanels: ["checks", "correct"] });
    const errors = await screen.findByRole("region", { name: "Phải sửa trước khi ký" });
    await user.click(within(errors).getByRole("button", { name: "Sửa Chỉ tiêu “Số văn bản QPPL đăng ký chủ trì soạn thảo”" }));
    const form = await screen.findByRole("form", { name: "Sửa một số liệu" });
    expect(within(form).getByRole("heading", { level: 3 })).toHaveTextContent("Số văn bản QPPL đăng ký chủ trì soạn thảo");
    await user.type(within(form).getByRole("textbox", { name: "Giá trị đúng" }), "bảy");
    await user.click(within(form).getByRole("button", { name: "Xem trước" }));
    expect(await within(form).findByText(/“bảy” không phải là số/)).toBeInTheDocument();
    expect(doc.previewCorrection).toHaveBeenCalledWith("bc:fig:II.1.vbqpplDraftsRegistered", "bảy");
    // Only an input figure is offered: the header's blank is the clerk's to type, a missing table is no figure.
    expect(screen.getAllByRole("button", { name: /^Sửa Chỉ tiêu|^Sửa Bảng/ })).toHaveLength(1);
  });

  it("groups readiness items: phải sửa, nên xem, để văn thư điền", async () => {
    const doc = fakeReadiness(items);
    renderPane({ doc, initialPanels: ["checks"] });
    const errors = await screen.findByRole("region", { name: "Phải sửa trước khi ký" });
    expect(within(errors).getAllByRole("listitem")).toHaveLength(2);
    expect(
      within(errors).getByRole("button", { name: /^Chỉ tiêu “Số văn bản QPPL đăng ký chủ trì soạn thảo”: còn thiếu/ }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Nên xem lại" })).getAllByRole("listitem")).toHaveLength(1);
    expect(
      within(screen.getByRole("region", { name: "Để văn thư điền" })).getAllByRole("listitem"),
    ).toHaveLength(1);
    expect(screen.queryByRole("group", { name: "Sẵn sàng trình ký" })).not.toBeInTheDocument();
  });

  it("goes to each item's place: a control by tag, a stale phrase by its finding", async () => {
    const doc = fakeReadiness(items);
    const { user } = renderPane({ doc, initialPanels: ["checks"] });
    await user.click(
      within(await screen.findByRole("region", { name: "Phải sửa trước khi ký" })).getAllByRole("button")[0]!,
    );
    expect(doc.selectTag).toHaveBeenCalledWith("bc:fig:II.1.vbqpplDraftsRegistered");
    await user.click(within(screen.getByRole("region", { name: "Nên xem lại" })).getByRole("button"));
    expect(doc.selectFinding).toHaveBeenCalledWith(finding);
  });

  it("shows a few items per group until the clerk asks for all", async () => {
    const many = Array.from({ length: 12 }, (_, k) => ({
      issue: { code: "ready.missingFigure" as const, path: ["fields", `k${k}`] },
      tag: `bc:fig:k${k}`,
    }));
    const { user } = renderPane({ doc: fakeReadiness(many), initialPanels: ["checks"] });
    const errors = await screen.findByRole("region", { name: "Phải sửa trước khi ký" });
    expect(within(errors).getAllByRole("listitem")).toHaveLength(8);
    await user.click(within(errors).getByRole("button", { name: "Hiện cả 12 mục" }));
    expect(within(errors).getAllByRole("listitem")).toHaveLength(12);
    expect(within(errors).queryByRole("button", { name: /Hiện cả/ })).not.toBeInTheDocument();
  });

  it("says the report is ready when nothing must be fixed", async () => {
    renderPane({ doc: fakeReadiness(items.slice(2, 3)), initialPanels: ["checks"] });
    expect(await screen.findByRole("group", { name: "Sẵn sàng trình ký" })).toBeInTheDocument();
  });

  it("checks again after the document changed", async () => {
    const doc = fakeReadiness([]);
    const { user } = renderPane({ doc, initialPanels: ["checks"] });
    await screen.findByRole("group", { name: "Sẵn sàng trình ký" });
    doc.readiness.mockResolvedValue(items);
    await user.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    expect(await screen.findByRole("region", { name: "Phải sửa trước khi ký" })).toBeInTheDocument();
  });

  it("says what happened when the checks fail", async () => {
    const doc = fakeReportDocument({ readiness: async () => Promise.reject(new Error("ItemNotFound")) });
    renderPane({ doc, initialPanels: ["checks"] });
    expect(
      await screen.findByRole("group", { name: "Word không thực hiện được thao tác" }),
    ).toHaveTextContent("ItemNotFound");
  });
});

function fakeReadiness(list: readonly ReadinessItem[]) {
  return fakeReportDocument({ readiness: async () => list });
}
