/**
 * "Refresh and roll forward change no character outside the controls they own, whatever the clerk typed",
 * in-process on the headless Word, 1,000 runs (test/support/clerkProperty.ts says what a run does): one
 * report drafted once, reopened from its bytes for each run (xmldom's deep clone of the parsed document was
 * slower than reopening it); about 24 s here (17 ms a run in `npm run bench`, which runs it 10,000 times).
 */
import { openDocx } from "../../src/docx";
import {
  applyClerkEdits,
  assertOwnedControlsProperty,
  prepareReport,
  refreshAndRoll,
  textOutsideOwned,
  type PreparedReport,
} from "../support/clerkProperty";

jest.setTimeout(600_000);

let report: PreparedReport;
beforeAll(async () => {
  report = await prepareReport();
});

describe("the edits are what they say", () => {
  const domOf = (host: Awaited<ReturnType<typeof openDocx>>) =>
    (host as unknown as { model: { dom: Parameters<typeof textOutsideOwned>[0] } }).model.dom;

  test("typing beside a figure and at a paragraph's start change the text outside the controls", async () => {
    const dom = domOf(await openDocx(report.bytes));
    const before = textOutsideOwned(dom);
    applyClerkEdits(dom, [
      { kind: "besideFigure", figure: 0, before: false, text: " (ước)" },
      { kind: "type", paragraph: 3, atStart: true, text: "Quý " },
    ]);
    const after = textOutsideOwned(dom);
    expect(after).toHaveLength(before.length);
    expect(after.filter((p, i) => p !== before[i])).toHaveLength(2);
    expect(after.join("\n")).toContain(" (ước)");
    expect(after[3]).toBe(`Quý ${before[3]}`);
  });

  test("a paragraph retyped in NFD reads the same words in the other form; retyped with other words, those", async () => {
    let decomposed = 0;
    for (let k = 0; k < 10; k++) {
      const dom = domOf(await openDocx(report.bytes));
      const before = textOutsideOwned(dom);
      applyClerkEdits(dom, [{ kind: "retype", paragraph: k, text: null, nfd: true }]);
      const changed = textOutsideOwned(dom).filter((p, i) => p !== before[i]);
      for (const p of changed) expect(before).toContain(p.normalize("NFC"));
      decomposed += changed.length;
    }
    expect(decomposed).toBeGreaterThan(0);
    const dom = domOf(await openDocx(report.bytes));
    applyClerkEdits(dom, [{ kind: "retype", paragraph: 2, text: "Đoạn gõ lại.", nfd: false }]);
    expect(textOutsideOwned(dom)).toContain("Đoạn gõ lại.");
  });

  test("a refresh and a roll both write, and the figures they own change", async () => {
    const r = await refreshAndRoll(report, [{ kind: "type", paragraph: 0, atStart: false, text: "x" }]);
    expect(r).toMatchObject({ refreshed: true, rolled: true });
    expect(r.changes.refresh).toBeGreaterThanOrEqual(3);
    expect(r.changes.roll).toBeGreaterThan(0);
  });
});

test("refresh and roll change no character outside their controls, whatever the clerk typed (1,000 runs)", async () => {
  await assertOwnedControlsProperty(report, 1000);
});
