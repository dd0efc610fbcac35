/**
 * A zip bomb beside the consolidated report (#15 class 3): peak memory (maximum resident set size) and wall
 * time of `baocao scan --json` on each, every command in its own process as bench/cli.bench.ts measures them.
 * The bombs — the shipped report with its main part replaced by 1 GB of zeros (a 1 MB file) or by 300 MB of
 * paragraphs (0.9 MB) — must be refused (exit 2) in a fraction of the consolidated report's time and memory;
 * the consolidated report must still scan (exit 0). Run alone with `npx tsx bench/unpack.bench.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docxWith, paragraphsPart, zerosPart } from "../test/support/zipBomb";
import { maxRssWrapper, measureCli } from "./cli.bench";
import { ourDocx } from "./docxtemplater.bench";
import { consolidatedReport, shippedReport } from "./reports";

export type UnpackRow = {
  readonly file: string;
  readonly fileKB: number;
  readonly exitCode: number;
  readonly maxRssMb: number;
  readonly wallMs: number;
};

export type UnpackBench = {
  readonly rows: readonly UnpackRow[];
  /** Time and peak memory of scanning the 1 GB zip bomb ÷ those of scanning the consolidated report. */
  readonly bombOverConsolidated: { readonly time: number; readonly memory: number };
};

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

export async function benchUnpack(): Promise<UnpackBench> {
  const dir = mkdtempSync(join(tmpdir(), "baocao-bench-unpack-"));
  try {
    const wrapper = maxRssWrapper(dir);
    const shipped = await ourDocx(shippedReport());
    const files: { file: string; bytes: Uint8Array; expected: number }[] = [
      { file: "1 GB of zeros (zip bomb)", bytes: await docxWith(shipped, zerosPart(1024)), expected: 2 },
      { file: "300 MB of paragraphs", bytes: await docxWith(shipped, paragraphsPart(300)), expected: 2 },
      { file: "consolidated report", bytes: await ourDocx(consolidatedReport()), expected: 0 },
    ];
    const rows: UnpackRow[] = [];
    for (const [k, f] of files.entries()) {
      const path = join(dir, `${k}.docx`);
      writeFileSync(path, f.bytes);
      const measured = await measureCli(["scan", path, "--json"], wrapper, [f.expected]);
      rows.push({
        file: f.file,
        fileKB: Math.round(f.bytes.length / 1024),
        exitCode: measured.exitCode,
        maxRssMb: measured.maxRssMb,
        wallMs: measured.wallMs,
      });
    }
    const bomb = rows[0]!;
    const consolidated = rows[2]!;
    return {
      rows,
      bombOverConsolidated: {
        time: ratio(bomb.wallMs, consolidated.wallMs),
        memory: ratio(bomb.maxRssMb, consolidated.maxRssMb),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("unpack.bench.ts")) {
  benchUnpack().then(
    (r) => {
      console.table(r.rows);
      console.log(r.bombOverConsolidated);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
