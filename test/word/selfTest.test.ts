/**
 * The compatibility self-test (`baocao selftest`, the pane's "Kiểm tra tương thích") runs the add-in's own
 * operations on a scratch document and judges each by what Word then holds: at least 20 named checks pass under
 * every host profile, and a Word that misbehaves fails the check that covers it.
 */
import { ContentControlProxy } from "../../src/docx/api/ContentControl";
import { TableRowProxy } from "../../src/docx/api/TableRow";
import { PROFILE_NAMES } from "../../src/docx";
import type { SelfTestReport } from "../../src/word/selfTest";
import { runCli, runCliJson } from "../support/runCli";

type Json = SelfTestReport & { profile: string };

/** What the issue asks the probe to cover, by the check names that cover it. */
const COVERED = [
  "insert.ooxml",
  "insert.bodyFile",
  "scan.controls",
  "refresh.rowsAdded",
  "refresh.rowsRemoved",
  "roll.forward",
  "lock.refuse",
  "lock.unlockWrite",
  "metadata.read",
  "select.control",
  "table.cellListed",
  "table.cellWrite",
  "emptied.readsBlank",
  "emptied.rewrite",
];

describe.each(PROFILE_NAMES)("baocao selftest --api %s", (profile) => {
  it("prints at least 20 named checks, every one passed or not applicable to that Word, and exits 0", async () => {
    const { code, json } = await runCliJson<Json>("selftest", "--api", profile);
    expect(json.profile).toBe(profile);
    const ids = json.checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(json.checks.filter((c) => c.status === "failed")).toEqual([]);
    expect(json.checks.filter((c) => c.status === "passed").length).toBeGreaterThanOrEqual(20);
    expect(ids).toEqual(expect.arrayContaining(COVERED));
    expect(json.checks.filter((c) => COVERED.includes(c.id)).every((c) => c.status === "passed")).toBe(true);
    expect(json.host.sets.WordApi).toBeDefined();
    expect(code).toBe(0);
  });
});

describe("the insert paths follow the host's sets", () => {
  it("Document.insertFileFromBase64 is tried where WordApi 1.5 exists, and said not to apply on Office 2021", async () => {
    const status = async (api: string) =>
      (await runCliJson<Json>("selftest", "--api", api)).json.checks.find((c) => c.id === "insert.documentFile")?.status;
    expect(await status("m365")).toBe("passed");
    expect(await status("office2021")).toBe("skipped");
  });
});

describe("a Word that misbehaves fails the check covering it", () => {
  afterEach(() => jest.restoreAllMocks());

  it("select() that selects nothing fails “select a control”, and the command exits 2", async () => {
    jest.spyOn(ContentControlProxy.prototype, "select").mockImplementation(() => undefined);
    const { code, json } = await runCliJson<Json>("selftest", "--api", "office2021");
    const failed = json.checks.filter((c) => c.status === "failed").map((c) => c.id);
    expect(failed).toEqual(["select.control"]);
    expect(json.ok).toBe(false);
    expect(code).toBe(2);
  });

  it("a Word refusing to insert table rows fails the refresh that adds rows, and the others still run", async () => {
    jest.spyOn(TableRowProxy.prototype, "insertRows").mockImplementation(() => {
      throw Object.assign(new Error("The requested API is not supported."), { code: "ApiNotFound" });
    });
    const { json } = await runCliJson<Json>("selftest", "--api", "web");
    const byId = new Map(json.checks.map((c) => [c.id, c]));
    expect(byId.get("refresh.rowsAdded")).toMatchObject({ status: "failed", detail: expect.stringContaining("ApiNotFound") });
    expect(byId.get("roll.forward")?.status).toBe("passed");
  });

  it("says so in words to the clerk, technical details apart", async () => {
    jest.spyOn(ContentControlProxy.prototype, "select").mockImplementation(() => undefined);
    const { code, stdout } = await runCli("selftest", "--api", "m365");
    expect(code).toBe(2);
    const [plain, technical] = stdout.split("Chi tiết kỹ thuật:");
    expect(plain).toContain("✗ Chọn một ô trong văn bản");
    expect(plain).not.toMatch(/bc:|select\.control/);
    expect(technical).toContain("select.control");
  });
});
