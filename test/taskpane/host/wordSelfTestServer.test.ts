/** @jest-environment jsdom */
/**
 * `npm run test:word`'s side inside Word: the development pane runs the self-test by itself when the harness's
 * test server answers, on a hidden document only, and posts the report there. Word is the headless Word of the
 * m365 profile (WordApiHiddenDocument is what the pane asks Office for), its hidden document a fresh blank one.
 */
import "../../support/jsdomEncoding";
import { openDocx } from "../../../src/docx";

const sent: unknown[] = [];
let serverAnswers = true;
jest.mock("office-addin-test-helpers", () => ({
  pingTestServer: async () => (serverAnswers ? { status: 200 } : Promise.reject(new Error("ECONNREFUSED"))),
  sendTestResults: async (report: unknown) => {
    sent.push(report);
  },
}));
let scratchDocuments = 0;
jest.mock("../../../src/word/scratchDocument", () => ({
  hiddenScratch: async () => {
    scratchDocuments += 1;
    const host = await openDocx(undefined, { profile: "m365" });
    return (batch: Parameters<typeof host.run>[0]) => host.run(batch);
  },
  blankScratch: async () => {
    throw new Error("the open document must not be used");
  },
}));

function officeWith(hidden: boolean): void {
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => (name === "WordApiHiddenDocument" ? hidden : name === "WordApi" && Number(version ?? "1") <= 1.5) },
      diagnostics: { version: "16.0.19000", platform: "PC" },
    },
  };
}

beforeEach(() => {
  sent.length = 0;
  scratchDocuments = 0;
  serverAnswers = true;
});

it("runs the self-test on a hidden document and posts its report when the test server waits", async () => {
  officeWith(true);
  const { runForWaitingTestServer } = await import("../../../src/taskpane/host/wordSelfTest");
  await expect(runForWaitingTestServer()).resolves.toBe(true);
  expect(scratchDocuments).toBe(1);
  expect(sent).toHaveLength(1);
  const report = sent[0] as { checks: { id: string; status: string }[] };
  expect(report.checks.length).toBeGreaterThanOrEqual(20);
  expect(report.checks.filter((c) => c.status === "failed")).toEqual([]);
}, 60_000);

it("does nothing when no test server answers", async () => {
  officeWith(true);
  serverAnswers = false;
  const { runForWaitingTestServer } = await import("../../../src/taskpane/host/wordSelfTest");
  await expect(runForWaitingTestServer()).resolves.toBe(false);
  expect(scratchDocuments).toBe(0);
  expect(sent).toEqual([]);
});

it("never runs unasked where Word has no hidden document (the open document would be the scratch)", async () => {
  officeWith(false);
  const { runForWaitingTestServer } = await import("../../../src/taskpane/host/wordSelfTest");
  await expect(runForWaitingTestServer()).resolves.toBe(false);
  expect(scratchDocuments).toBe(0);
  expect(sent).toEqual([]);
});
