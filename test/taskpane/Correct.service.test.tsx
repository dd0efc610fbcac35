/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/"}
 */
/**
 * Correcting a figure from the pane, over the headless Word and the real figures service on loopback: the
 * pane as the clerk sees it (the figure selected in the report, a value typed, what follows previewed,
 * "Áp dụng"). With a key that may write the correction reaches the service, whose history records it; with a
 * key that may only read it is an override kept in the report, and the pane says which happened. A figure the
 * clerk typed elsewhere in the report is kept either way.
 */
import "../support/jsdomEncoding";
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createFiguresClient } from "../../src/api";
import { openDocx, type DocxHost } from "../../src/docx";
import { findAgency } from "../../src/domain/template/agencies";
import { makeReportDocument } from "../../src/playground/wiring";
import { App } from "../../src/taskpane/App";
import { figuresSourceFromClient } from "../../src/taskpane/host/figuresSourceFromClient";
import type { ReportDocument } from "../../src/taskpane/services/ReportDocument";
import { memorySettings, SETTING_KEYS } from "../../src/taskpane/shared/settingsStore";
import { scanDocument, WordSession } from "../../src/word";
import { AGENCY, seedFigures, startTestService, TEMPLATE, type TestService } from "../server/support/startTestService";
import { storeFactories } from "../server/support/storeFactories";

// The pane's panels load on demand, and the service answers over loopback: give both time on a loaded machine.
configure({ asyncUtilTimeout: 10_000 });

const ROW1_FAILED = "bc:fig:T2.r1.c6";
const PROSE = "bc:fig:II.1.vbqpplDraftsRegistered";

let service: TestService;
beforeAll(async () => {
  service = await startTestService(storeFactories()[0]!);
});
afterAll(() => service.close());

/** A report inserted with the service's Quý I/2021 figures, and a prose figure the clerk typed over. */
async function report(): Promise<{ host: DocxHost; doc: ReportDocument }> {
  const host = await openDocx();
  const doc = makeReportDocument(host);
  const figures = { ...seedFigures(), source: `service:${service.url}` };
  await doc.insertTemplate({ agency: findAgency(AGENCY)!, period: { year: 2021, kind: "Q1" }, figures });
  await host.run(async (context) => {
    context.document.contentControls.getByTag(PROSE).getFirst().insertText("8", "Replace");
    await context.sync();
  });
  return { host, doc };
}

const shown = async (host: DocxHost) => {
  const scan = await scanDocument(new WordSession((b) => host.run(b), { customXmlParts: true }));
  return { text: (tag: string) => scan.controls.get(tag)?.[0]?.text, metadata: scan.metadata };
};

async function correctInPane(doc: ReportDocument, key: string) {
  const settings = memorySettings();
  settings.set(SETTING_KEYS.service, JSON.stringify({ baseUrl: service.url, apiKey: key }));
  const user = userEvent.setup();
  render(
    <App
      reportDocument={doc}
      settings={settings}
      figuresSource={figuresSourceFromClient}
      initialPanels={["correct"]}
      today={new Date(2021, 2, 10)}
    />,
  );
  expect(await doc.selectTag(ROW1_FAILED)).toBe(true);
  await user.click(await screen.findByRole("button", { name: "Sửa số liệu đang chọn" }));
  const form = await screen.findByRole("form", { name: "Sửa một số liệu" });
  expect(within(form).getByRole("heading", { level: 3 })).toHaveTextContent(/Dịch vụ công trực tuyến.*dòng 1.*Tổng số hồ sơ/);

  const value = within(form).getByRole("textbox", { name: "Giá trị đúng" });
  await user.type(value, "một trăm");
  await user.click(within(form).getByRole("button", { name: "Xem trước" }));
  // Refused as the figure's type, the message naming the place as the report does; nothing to apply.
  expect(await within(form).findByText(/Tổng số hồ sơ.*“một trăm” không phải là số/)).toBeInTheDocument();
  expect(within(form).getByRole("button", { name: "Áp dụng" })).toBeDisabled();

  await user.clear(value);
  expect(within(form).queryByText(/không phải là số/)).not.toBeInTheDocument();
  await user.type(value, "110");
  await user.click(within(form).getByRole("button", { name: "Xem trước" }));
  const follows = await within(form).findByRole("table", { name: "Sẽ thay đổi" });
  expect(within(form).getByText("Báo cáo đang ghi: 95")).toBeInTheDocument();
  // The figure, its row's total and shares, and the total row: 2.460 + 110 = 2.570.
  expect(within(follows).getAllByText("2.570").length).toBeGreaterThanOrEqual(2);
  expect(within(follows).getAllByText("4,3 %").length).toBeGreaterThanOrEqual(2);
  await user.click(within(form).getByRole("button", { name: "Áp dụng" }));
}

const history = (key: string) =>
  createFiguresClient({ baseUrl: service.url, apiKey: key }).history(
    { template: TEMPLATE, agency: AGENCY, period: "2021-Q1" },
    "T2[0].c6",
  );

describe("correcting a figure from the pane", () => {
  it("with a key that may write: the service has it (its history says who and when), the report follows", async () => {
    const { host, doc } = await report();
    await correctInPane(doc, service.keys.write);

    const result = await screen.findByRole("group", { name: "Đã sửa, và đã ghi vào dịch vụ số liệu" });
    expect(result).toHaveTextContent("lịch sử của dịch vụ ghi lại thay đổi này");
    expect(result.closest("[tabindex='-1']")).toHaveFocus();
    const entries = await history(service.keys.read);
    expect(entries.at(-1)).toMatchObject({ via: "put", actor: "Văn phòng Sở", oldValue: 95, newValue: 110 });

    const after = await shown(host);
    expect([after.text(ROW1_FAILED), after.text("bc:fig:T2.rTotal.c6"), after.text("bc:fig:T2.rTotal.c3")]).toEqual(["110", "110", "2.570"]);
    expect(after.metadata?.overrides?.[ROW1_FAILED]).toBeUndefined();
    expect(after.metadata?.figures?.tables.T2?.rows[0]?.c6).toBe(110);
    expect(after.text(PROSE)).toBe("8");
  });

  it("with a key that may only read: an override kept in the report, the service unchanged, and the pane says so", async () => {
    const before = (await history(service.keys.read)).length;
    const { host, doc } = await report();
    await correctInPane(doc, service.keys.read);

    const result = await screen.findByRole("group", { name: "Đã sửa trong báo cáo; dịch vụ số liệu không thay đổi" });
    expect(result).toHaveTextContent("Khóa truy cập chỉ có quyền đọc");
    expect(await history(service.keys.read)).toHaveLength(before);

    const after = await shown(host);
    expect([after.text(ROW1_FAILED), after.text("bc:fig:T2.rTotal.c6"), after.text("bc:fig:T2.r1.c7")]).toEqual(["110", "110", "4,3 %"]);
    expect(after.metadata?.overrides?.[ROW1_FAILED]).toMatchObject({ value: "110", replaced: "95" });
    expect(after.text(PROSE)).toBe("8");
  });
});

describe("the correction as the pane's document runs it", () => {
  it("previews in one sync with nothing written, and applies in at most two", async () => {
    const { host, doc } = await report();
    const preview = await doc.previewCorrection(ROW1_FAILED, "110");
    expect(preview.kind === "ready" && preview.preview.syncs).toBe(1);
    expect((await shown(host)).text(ROW1_FAILED)).toBe("95");
    const applied = await doc.applyCorrection(ROW1_FAILED, "110");
    expect(applied.syncs).toBeLessThanOrEqual(2);
    expect(applied.plan.changes.map((c) => c.tag)).toEqual(expect.arrayContaining([ROW1_FAILED, "bc:fig:T2.rTotal.c3", "bc:fig:T2.r1.c5"]));
  });

  it.each([
    ["a total", "bc:fig:T2.rTotal.c3", "2600", "figures.computedNotInput"],
    ["a share as a count", ROW1_FAILED, "4,3%", "paste.percentInCount"],
  ] as const)("refuses %s with a message naming the place", async (_, tag, text, code) => {
    const { doc } = await report();
    const preview = await doc.previewCorrection(tag, text);
    expect(preview).toMatchObject({ kind: "invalid", issue: { code } });
  });
});
