/**
 * The pane's all-chunks figure is the target's measure; beside it the table gives the same sum without the
 * workbook chunk (exceljs.js), labelled as a comparison, never in its place.
 */
import { resultsMarkdown, type BenchResults } from "../../bench/run";

const notRun = { ok: false, reason: "not run (--only)", seconds: 0 } as const;

const results = (chunks: { file: string; initial: boolean; gzipKB: number }[]): BenchResults =>
  ({
    startedAt: "2026-12-03T10:00:00.000Z",
    seconds: 1,
    machine: { node: "v20", cpu: "cpu", cores: 2, platform: "linux-x64", load: [1, 1] },
    operations: notRun,
    docxtemplater: notRun,
    docxtemplaterConsolidated: notRun,
    paste: notRun,
    workbook: notRun,
    server: notRun,
    docx: notRun,
    cli: notRun,
    cliStart: notRun,
    unpack: notRun,
    property: notRun,
    pane: {
      ok: true,
      seconds: 1,
      value: {
        paneFirstLoadGzipKB: 133.2,
        paneAllChunksGzipKB: chunks.reduce((s, c) => s + c.gzipKB, 0),
        chunks,
        firstRenderMs: 500,
      },
    },
  }) as unknown as BenchResults;

describe("the pane's rows of the results table", () => {
  it("gives all chunks as the target's figure and, labelled apart, the sum without exceljs.js", () => {
    const md = resultsMarkdown(
      results([
        { file: "taskpane.js", initial: true, gzipKB: 133.2 },
        { file: "920.js", initial: false, gzipKB: 27.3 },
        { file: "exceljs.js", initial: false, gzipKB: 277.7 },
      ]),
    );
    expect(md).toContain("| task pane: all chunks (panels and document layer loaded on demand), gzip; target ≤ 260 KB | **438.2 KB**");
    expect(md).toMatch(/\| task pane: all chunks but exceljs\.js [^|]*not the target \| 160\.5 KB \|/);
  });

  it("has no such row when the build has no workbook chunk", () => {
    const md = resultsMarkdown(results([{ file: "taskpane.js", initial: true, gzipKB: 133.2 }]));
    expect(md).not.toContain("all chunks but exceljs.js");
  });
});
