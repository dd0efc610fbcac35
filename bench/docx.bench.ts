/**
 * Benchmark of the headless Word host (src/docx): for documents of 1k, 2k, 4k and 8k content controls, the time
 * to insert the template, to scan every control (tag and text, one sync), to refresh every figure by tag (one
 * sync) and to save — and the ratios between sizes, which stay near 2 per doubling when the host is linear.
 * Called by `npm run bench`; run alone with `npx tsx bench/docx.bench.ts`.
 */
import { openDocx } from "../src/docx";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A report-shaped document: sections (block controls) of nine figures (inline controls) each. */
function reportWithControls(n: number): string {
  const parts: string[] = [];
  for (let s = 0; s < n / 10; s++) {
    let body = "";
    for (let i = 0; i < 9; i++) {
      body +=
        `<w:p><w:r><w:t xml:space="preserve">Chỉ tiêu ${s}.${i}: </w:t></w:r>` +
        `<w:sdt><w:sdtPr><w:tag w:val="fig:${s}.${i}"/></w:sdtPr><w:sdtContent><w:r><w:t>${i}</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
    }
    parts.push(`<w:sdt><w:sdtPr><w:tag w:val="sec:${s}"/></w:sdtPr><w:sdtContent>${body}</w:sdtContent></w:sdt>`);
  }
  return `<w:document xmlns:w="${W}"><w:body>${parts.join("")}</w:body></w:document>`;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(n: number): Promise<Record<string, number>> {
  const host = await openDocx();
  const ooxml = reportWithControls(n);
  const [insertMs] = await timed(() =>
    host.run(async (ctx) => {
      ctx.document.body.insertOoxml(ooxml, "Replace");
      await ctx.sync();
    }),
  );
  const scans: number[] = [];
  let scanned = 0;
  for (let k = 0; k < 3; k++) {
    const [ms, count] = await timed(() =>
      host.run(async (ctx) => {
        const ccs = ctx.document.contentControls.load("items/tag,items/text");
        await ctx.sync();
        return ccs.items.length;
      }),
    );
    scans.push(ms);
    scanned = count;
  }
  if (scanned !== n) throw new Error(`scan found ${scanned} controls, expected ${n}`);
  const bytesBefore = host.bytesSent;
  const [refreshMs] = await timed(() =>
    host.run(async (ctx) => {
      for (let s = 0; s < n / 10; s++) {
        for (let i = 0; i < 9; i++) ctx.document.contentControls.getByTag(`fig:${s}.${i}`).getFirst().insertText(`${s}${i}`, "Replace");
      }
      await ctx.sync();
    }),
  );
  const [saveMs, bytes] = await timed(() => host.save());
  return {
    insertMs,
    scanMs: median(scans),
    refreshMs,
    saveMs,
    insertBytesSent: bytesBefore,
    refreshBytesSent: host.bytesSent - bytesBefore,
    docxBytes: bytes.length,
  };
}

export async function benchDocx(): Promise<Record<string, number>> {
  const sizes = [1000, 2000, 4000, 8000];
  const out: Record<string, number> = {};
  const results: Record<number, Record<string, number>> = {};
  await measure(500); // warm-up: JIT and module loading out of the numbers
  for (const n of sizes) {
    results[n] = await measure(n);
    for (const [k, v] of Object.entries(results[n]!)) out[`docx.${n / 1000}k.${k}`] = Math.round(v * 100) / 100;
    out[`docx.${n / 1000}k.scanUsPerControl`] = Math.round((results[n]!.scanMs! * 1000) / n) / 1;
  }
  for (const metric of ["scanMs", "refreshMs", "insertMs", "saveMs"]) {
    for (let i = 1; i < sizes.length; i++) {
      const a = results[sizes[i - 1]!]![metric]!;
      const b = results[sizes[i]!]![metric]!;
      out[`docx.ratio.${metric}.${sizes[i]! / 1000}k/${sizes[i - 1]! / 1000}k`] = Math.round((b / a) * 100) / 100;
    }
    out[`docx.ratio.${metric}.8k/1k`] = Math.round((results[8000]![metric]! / results[1000]![metric]!) * 100) / 100;
  }
  return out;
}

if (process.argv[1]?.endsWith("docx.bench.ts")) {
  benchDocx().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
