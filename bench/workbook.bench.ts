/**
 * How long importing a figures workbook takes beside the paste of the same rows: 5,000 rows of T2 in the
 * workbook `baocao figures export` writes (read with exceljs, then the workbook reader), against
 * `parsePastedTable` over the same 5,000 rows pasted as TSV. The target is a ratio ≤ 3.
 * Run alone with `npx tsx bench/workbook.bench.ts`.
 */
import { formatPeriodCode } from "../src/domain/period";
import { parsePastedTable } from "../src/domain/paste/parsePastedTable";
import { findAgency } from "../src/domain/template/agencies";
import { cchcQuarterlySct } from "../src/domain/template/cchcQuarterlySct";
import type { Figures } from "../src/domain/figures/schema";
import { exportWorkbook, importWorkbook } from "../src/workbook";
import { bigPaste } from "./paste.bench";

export type WorkbookBench = { readonly rows: number; readonly bytes: number; readonly importMs: number; readonly pasteMs: number; readonly ratio: number };

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Median milliseconds of two tasks run in turn (a, b, a, b, …) after one warm-up each, so that the load of a
 * shared machine weighs on both alike and their ratio is the run's, not the moment's.
 */
async function timedInTurn(runs: number, a: () => Promise<void> | void, b: () => Promise<void> | void): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run <= runs; run += 1) {
    for (const [i, task] of [a, b].entries()) {
      const start = performance.now();
      await task();
      if (run > 0) times[i]?.push(performance.now() - start);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return [median(times[0]), median(times[1])];
}

/** Median milliseconds to import a 5,000-row T2 workbook and to parse the paste of the same rows. */
export async function benchWorkbook(rows = 5_000, runs = 7): Promise<WorkbookBench> {
  const template = cchcQuarterlySct;
  const table = template.tables.T2;
  const agency = findAgency("sct-dongnai");
  if (!table || !agency) throw new Error("No T2 or agency");
  const period = { year: 2021, kind: "Q1" } as const;
  const paste = bigPaste(table, rows);
  const pasted = parsePastedTable(paste, template, { table: "T2" }).value;
  if (!pasted || pasted.rows.length !== rows) throw new Error("Bench paste not read");
  const figures: Figures = { template: template.id, agency: agency.id, period: formatPeriodCode(period), fields: {}, tables: { T2: { rows: pasted.rows.map((r) => ({ ...r })) } } };
  const bytes = await exportWorkbook({ template, agency, period, figures, blankRows: 0 });
  const [importMs, pasteMs] = await timedInTurn(
    runs,
    async () => {
      const read = await importWorkbook(bytes, { template });
      if (read.figures?.tables.T2?.rows.length !== rows) throw new Error(`Bench workbook not read: ${JSON.stringify(read.issues.slice(0, 3))}`);
    },
    () => {
      if (parsePastedTable(paste, template, { table: "T2" }).value?.rows.length !== rows) throw new Error("Bench paste not read");
    },
  );
  return { rows, bytes: bytes.byteLength, importMs: round(importMs), pasteMs: round(pasteMs), ratio: Math.round((importMs / pasteMs) * 100) / 100 };
}

if (process.argv[1]?.endsWith("workbook.bench.ts")) {
  void benchWorkbook().then((r) => console.log(`workbook: ${r.rows} rows of T2 (${r.bytes} bytes) imported in ${r.importMs} ms, pasted in ${r.pasteMs} ms: ratio ${r.ratio}`));
}
