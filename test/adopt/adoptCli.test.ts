import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runCli, runCliJson } from "../support/runCli";
import { draftedDocx, fixture, stripped, variedFigures } from "./clerkDocuments";

const dir = mkdtempSync(join(tmpdir(), "baocao-adopt-cli-"));
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  const figures = variedFigures(5);
  writeFileSync(path("old.docx"), await stripped(await draftedDocx(figures)));
  writeFileSync(path("figures.json"), JSON.stringify(figures));
  // The same report whose title no longer names its period: the clerk must say which it is.
  const zip = await JSZip.loadAsync(await stripped(await draftedDocx(fixture)));
  const xml = (await zip.file("word/document.xml")!.async("string")).replace(/Quí I năm 2021/, "kỳ này");
  zip.file("word/document.xml", xml);
  writeFileSync(path("untitled.docx"), await zip.generateAsync({ type: "uint8array" }));
}, 120_000);

type AdoptJson = {
  counts: { tables: { found: number } };
  syncs: number;
  period: string;
  unplaced: unknown[];
};

describe("baocao adopt", () => {
  it("reads the period from the title, wraps the report and says what it found, in at most 3 syncs", async () => {
    const { code, json } = await runCliJson<AdoptJson>(
      "adopt",
      path("old.docx"),
      "-o",
      path("managed.docx"),
      "--json",
    );
    expect(code).toBe(0);
    expect(json.period).toBe("2021-Q1");
    expect(json.counts.tables.found).toBe(11);
    expect(json.syncs).toBeLessThanOrEqual(3);
    const dry = await runCliJson<{ changes: unknown[] }>(
      "refresh",
      path("managed.docx"),
      "--data",
      path("figures.json"),
      "--dry-run",
      "--json",
    );
    expect(dry.json.changes).toEqual([]);
  });

  it("without --period and a title that names none, is a usage error (64)", async () => {
    const run = await runCli("adopt", path("untitled.docx"), "-o", path("x.docx"));
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/--period/);
  });

  it("refuses a report it already manages, in one line", async () => {
    const run = await runCli("adopt", path("managed.docx"), "--period", "2021-Q1", "-o", path("again.docx"));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    ["refresh", ["--data"]],
    ["scan", []],
  ])(
    "%s on a report without baocao controls says in one line that it must be adopted",
    async (command, extra) => {
      const args = extra.length ? [...extra, path("figures.json")] : [];
      const run = await runCli(command, path("old.docx"), ...args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/nhận diện báo cáo cũ|baocao adopt/);
    },
  );

  it("check without a period says in one line that it must be adopted", async () => {
    const run = await runCli("check", path("old.docx"));
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/baocao adopt/);
  });
});
