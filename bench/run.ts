/**
 * `npm run bench`: the performance contract, measured (BENCHMARKS.md says what each figure means). Runs every
 * benchmark in turn, prints every figure, and writes `bench/results/<time>.json`, `bench/results/latest.json`
 * (both ignored by git) and the table `bench/results/latest.md` (committed). Nothing here is asserted: an
 * operation over its sync budget is reported "over", and a benchmark that cannot run here (no Chromium, no
 * service) is reported unavailable with its reason, never a crash.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { benchCli, benchCliStart, type CliRun, type CliStart } from "./cli.bench";
import { benchDocx } from "./docx.bench";
import { benchDocxtemplater, type DocxtemplaterBench } from "./docxtemplater.bench";
import { benchOperations, type OperationsBench } from "./operations.bench";
import { benchPaste } from "./paste.bench";
import { benchOwnedControls, type PropertyBench } from "./property.bench";
import { benchUnpack, type UnpackBench } from "./unpack.bench";
import { benchWorkbook, type WorkbookBench } from "./workbook.bench";
import { consolidatedReport } from "./reports";

const RESULTS = join(__dirname, "results");

type PaneFigures = {
  paneFirstLoadGzipKB: number;
  paneAllChunksGzipKB: number;
  chunks: readonly { file: string; initial: boolean; gzipKB: number }[];
  firstRenderMs: number;
};
type ServerFigures = { getFiguresRps: number; p99Ms: number };

/** What one benchmark gave: its figures, or why there are none. */
type Outcome<T> =
  | { readonly ok: true; readonly value: T; readonly seconds: number }
  | { readonly ok: false; readonly reason: string; readonly seconds: number };

export type BenchResults = {
  readonly startedAt: string;
  readonly seconds: number;
  readonly machine: {
    readonly node: string;
    readonly cpu: string;
    readonly cores: number;
    readonly platform: string;
    /** One-minute load average at the start and at the end: other work on the machine makes the times noisy. */
    readonly load: readonly [number, number];
  };
  readonly docxtemplaterRatio: number | null;
  /** docxtemplaterRatio on the consolidated report (target ≤ 1.0). */
  readonly docxtemplaterRatioConsolidated: number | null;
  /** Consolidated report, WordApi 1.4, same run: refresh (none changed) ms ÷ scan ms (target ≤ 1.5). */
  readonly refreshNoneOverScan: number | null;
  /** Consolidated report, WordApi 1.4, same run: refresh (three changed) ms ÷ scan ms (target ≤ 2). */
  readonly refreshThreeOverScan: number | null;
  /** Bytes sent to Word by "refresh (three changed)", per report and WordApi level (target < 2,048). */
  readonly metadataBytesThreeChanged: Record<string, Record<string, number>> | null;
  /** Task pane: gzip KB of the entry's initial chunks (target ≤ 150), and of all its chunks (target ≤ 260). */
  /** `baocao --version` (compiled CLI) ÷ bare `node -e 0`, medians of the same run (target ≤ 3). */
  readonly cliStartRatio: number | null;
  readonly paneFirstLoadGzipKB: number | null;
  readonly paneAllChunksGzipKB: number | null;
  /** First render of the pane in headless Chromium, ms (median of 5), reported beside the sizes. */
  readonly paneFirstRenderMs: number | null;
  readonly allWithinBudget: boolean | null;
  readonly operations: Outcome<OperationsBench>;
  readonly docxtemplater: Outcome<DocxtemplaterBench>;
  readonly docxtemplaterConsolidated: Outcome<DocxtemplaterBench>;
  readonly paste: Outcome<{ rows: number; ms: number }>;
  readonly workbook: Outcome<WorkbookBench>;
  readonly server: Outcome<ServerFigures>;
  readonly pane: Outcome<PaneFigures>;
  readonly docx: Outcome<Record<string, number>>;
  readonly cli: Outcome<CliRun[]>;
  readonly cliStart: Outcome<CliStart>;
  /** `baocao scan` of a zip bomb beside the consolidated report: refused quickly, the report still scans (#15). */
  readonly unpack: Outcome<UnpackBench>;
  /** 10,000 runs of the property "refresh and roll change nothing outside their controls" (#15). */
  readonly property: Outcome<PropertyBench>;
};

/** The ratios and bytes of issue #18 from the operations of one run. */
function proportionality(rows: OperationsBench["rows"] | undefined) {
  const ms = (operation: string) =>
    rows?.find((r) => r.report === "consolidated" && r.api === "1.4" && r.operation === operation)?.ms;
  const ratio = (operation: string) => {
    const a = ms(operation);
    const scan = ms("scan");
    return a !== undefined && scan ? Math.round((a / scan) * 100) / 100 : null;
  };
  const three = rows?.filter((r) => r.operation === "refresh (three changed)") ?? [];
  const bytes: Record<string, Record<string, number>> = {};
  for (const r of three) bytes[r.report] = { ...bytes[r.report], [r.api]: r.bytesSent };
  return {
    refreshNoneOverScan: ratio("refresh (none changed)"),
    refreshThreeOverScan: ratio("refresh (three changed)"),
    metadataBytesThreeChanged: rows ? bytes : null,
  };
}

const since = (start: number): number => Math.round((performance.now() - start) / 100) / 10;

/**
 * Runs one benchmark with a deadline; a failure, a missing module or a timeout becomes its reason. At the
 * deadline `signal` aborts: a benchmark that takes it stops at its next step instead of running on beside the
 * benchmarks after it (which it slowed into timeouts of their own).
 */
export async function attempt<T>(
  name: string,
  timeoutSeconds: number,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<Outcome<T>> {
  const start = performance.now();
  // A machine shared with other work can take several times longer: BENCH_TIMEOUT_FACTOR=4 gives it the time.
  timeoutSeconds *= Number(process.env.BENCH_TIMEOUT_FACTOR ?? 1) || 1;
  process.stdout.write(`\n▶ ${name} …\n`);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new AbortController();
  try {
    const value = await Promise.race([
      fn(deadline.signal),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = new Error(`timed out after ${timeoutSeconds} s`);
          deadline.abort(error);
          reject(error);
        }, timeoutSeconds * 1000);
      }),
    ]);
    const seconds = since(start);
    process.stdout.write(`✔ ${name} (${seconds} s)\n`);
    return { ok: true, value, seconds };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? String(error)) : String(error);
    process.stdout.write(`✘ ${name}: unavailable — ${reason}\n`);
    return { ok: false, reason, seconds: since(start) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A benchmark written by another engineer, loaded at run time so that its absence (or a compile error in it)
 * makes its figures unavailable rather than stopping the run.
 */
export function optionalBench<T>(file: string, exportName: string): () => Promise<T> {
  return async () => {
    const loaded = createRequire(__filename)(join(__dirname, file)) as Record<string, unknown>;
    const fn = loaded[exportName];
    if (typeof fn !== "function") throw new Error(`bench/${file} does not export ${exportName}()`);
    return (await (fn as () => Promise<T>)()) as T;
  };
}

const fmt = (n: number, digits = 1): string =>
  Number.isFinite(n) ? n.toLocaleString("en-US", { maximumFractionDigits: digits }) : "n/a";
const kb = (bytes: number): string => `${fmt(bytes / 1024, 1)} KB`;
const unavailable = (o: Outcome<unknown>): string => (o.ok ? "" : `unavailable: ${o.reason}`);

function markdownTable(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The committed table: every figure of the run, in BENCHMARKS.md's order. */
export function resultsMarkdown(r: BenchResults): string {
  const out: string[] = [
    `# Benchmark results`,
    "",
    `${r.startedAt} · Node ${r.machine.node} · ${r.machine.cores} × ${r.machine.cpu} · ${r.machine.platform} · load average ${fmt(r.machine.load[0], 2)} → ${fmt(r.machine.load[1], 2)} · \`npm run bench\` took ${fmt(r.seconds, 0)} s`,
    "",
  ];

  out.push("## Syncs, bytes and time per operation (headless Word)", "");
  if (r.operations.ok) {
    const { rows, sizes } = r.operations.value;
    out.push(
      markdownTable(
        ["report", "tables", "content controls", "value controls", ".docx"],
        sizes.map((s) => [s.report, s.tables, s.contentControls, s.valueControls, kb(s.docxBytes)]),
      ),
      "",
      markdownTable(
        [
          "report",
          "Word (profile)",
          "operation",
          "syncs",
          "budget",
          "",
          "bytes sent",
          "of which content",
          "of which metadata",
          "ms",
          "what it did",
        ],
        rows.map((x) => [
          x.report,
          x.api,
          x.operation,
          x.syncs,
          x.budget,
          x.ok ? "ok" : "**over**",
          fmt(x.bytesSent, 0),
          fmt(x.contentBytes, 0),
          fmt(x.metadataBytes, 0),
          fmt(x.ms),
          x.note,
        ]),
      ),
      "",
      `Every operation of DESIGN.md's table within its budget on both reports: **${r.allWithinBudget ? "yes" : "no"}**.`,
      "",
      `Per Word: ${[...new Set(rows.map((x) => x.api))]
        .map((api) => `${api} ${rows.filter((x) => x.api === api && !x.extra).every((x) => x.ok) ? "within budget" : "**over**"}`)
        .join(", ")} (1.3 = Office 2021, m365 = Microsoft 365 with PageSetup, web = Word on the web).`,
    );
    const over = rows.filter((x) => !x.ok);
    if (over.length)
      out.push(
        "",
        `Over budget: ${over
          .map(
            (x) =>
              `${x.operation} on the ${x.report} report, WordApi ${x.api}: ${x.syncs} syncs for ${x.budget}${x.extra ? " (beyond the table's operations: a document without metadata)" : ""}`,
          )
          .join("; ")}.`,
      );
  } else out.push(unavailable(r.operations));

  out.push("", "## Producing the filled Quý I/2021 .docx: ours against docxtemplater", "");
  const dt = [r.docxtemplater, r.docxtemplaterConsolidated];
  if (dt.some((o) => o.ok)) {
    out.push(
      markdownTable(
        [
          "report",
          "placeholders",
          "runs",
          "ours (median)",
          "docxtemplater (median)",
          "ratio ours/theirs",
          "ours: render",
          "ours: insert",
          "ours: save",
          "ours .docx",
          "theirs .docx",
        ],
        dt.map((o) =>
          o.ok
            ? [
                o.value.report,
                o.value.placeholders,
                o.value.runs,
                `${fmt(o.value.oursMs)} ms`,
                `${fmt(o.value.theirsMs)} ms`,
                `**${fmt(o.value.docxtemplaterRatio, 2)}**`,
                `${fmt(o.value.ours.renderMs)} ms`,
                `${fmt(o.value.ours.insertMs)} ms`,
                `${fmt(o.value.ours.saveMs)} ms`,
                kb(o.value.oursBytes),
                kb(o.value.theirsBytes),
              ]
            : ["", "", "", unavailable(o), "", "", "", "", "", "", ""],
        ),
      ),
      "",
      `\`docxtemplaterRatio\` (shipped report; target ≤ 1.0): **${r.docxtemplaterRatio ?? "n/a"}**.`,
    );
  } else out.push(unavailable(r.docxtemplater));

  out.push("", "## Other figures", "");
  const other: (string | number)[][] = [];
  other.push(
    r.paste.ok
      ? ["paste: parse a 10,000-row T2 paste (median of 5)", `${fmt(r.paste.value.ms)} ms`]
      : ["paste", unavailable(r.paste)],
  );
  other.push(
    r.workbook.ok
      ? [
          `workbook: import a ${r.workbook.value.rows.toLocaleString("en")}-row T2 workbook (${kb(r.workbook.value.bytes)}) / paste of the same rows (median of 5; target ≤ 3)`,
          `${fmt(r.workbook.value.importMs)} ms / ${fmt(r.workbook.value.pasteMs)} ms = ${r.workbook.value.ratio}${r.workbook.value.ratio > 3 ? " (over)" : ""}`,
        ]
      : ["workbook import (bench/workbook.bench.ts)", unavailable(r.workbook)],
  );
  if (r.server.ok) {
    other.push([
      "figures service: GET figures, 10 connections, loopback",
      `${fmt(r.server.value.getFiguresRps, 0)} req/s`,
    ]);
    other.push(["figures service: p99 latency", `${fmt(r.server.value.p99Ms)} ms`]);
  } else other.push(["figures service (bench/server.bench.ts)", unavailable(r.server)]);
  if (r.pane.ok) {
    other.push([
      "task pane: first load (entry's initial chunks), gzip; target ≤ 150 KB",
      `**${fmt(r.pane.value.paneFirstLoadGzipKB)} KB**`,
    ]);
    other.push([
      "task pane: all chunks (panels and document layer loaded on demand), gzip; target ≤ 260 KB",
      `**${fmt(r.pane.value.paneAllChunksGzipKB)} KB** (${r.pane.value.chunks.map((c) => `${c.file} ${fmt(c.gzipKB)}`).join(", ")})`,
    ]);
    // Beside the target's figure, never instead of it: the workbook chunk is fetched only for “Tệp Excel”.
    const workbook = r.pane.value.chunks.filter((c) => c.file === "exceljs.js");
    if (workbook.length)
      other.push([
        "task pane: all chunks but exceljs.js (exceljs and its zip reader, fetched when the clerk picks a workbook), gzip — for comparison, not the target",
        `${fmt(r.pane.value.paneAllChunksGzipKB - workbook.reduce((sum, c) => sum + c.gzipKB, 0))} KB`,
      ]);
    other.push([
      "task pane: first render in headless Chromium (median of 5)",
      Number.isFinite(r.pane.value.firstRenderMs)
        ? `${fmt(r.pane.value.firstRenderMs)} ms`
        : "unavailable: no Chromium",
    ]);
  } else other.push(["task pane (bench/pane.bench.ts)", unavailable(r.pane)]);
  if (r.cli.ok) {
    for (const c of r.cli.value)
      other.push([
        `CLI peak memory: \`baocao ${c.command}\` on the ${c.report} report (exit ${c.exitCode})`,
        `${fmt(c.maxRssMb)} MB max RSS, ${fmt(c.wallMs, 0)} ms wall (${c.method})`,
      ]);
  } else other.push(["CLI peak memory", unavailable(r.cli)]);
  other.push(
    r.cliStart.ok
      ? [
          "CLI start: `baocao --version` ÷ `node -e 0` (medians of 15, same run; target ≤ 3)",
          `${fmt(r.cliStart.value.versionMs)} ms / ${fmt(r.cliStart.value.bareNodeMs)} ms = **${r.cliStart.value.cliStartRatio}**`,
        ]
      : ["CLI start", unavailable(r.cliStart)],
  );
  out.push(markdownTable(["figure", "value"], other));

  out.push("", "## The headless Word's own scaling (bench/docx.bench.ts)", "");
  if (r.docx.ok) {
    const d = r.docx.value;
    const sizes = ["1k", "2k", "4k", "8k"];
    out.push(
      markdownTable(
        [
          "controls",
          "insert ms",
          "scan ms",
          "scan µs/control",
          "refresh-all ms",
          "save ms",
          "refresh bytes sent",
          ".docx",
        ],
        sizes.map((s) => [
          s,
          fmt(d[`docx.${s}.insertMs`] ?? NaN),
          fmt(d[`docx.${s}.scanMs`] ?? NaN),
          fmt(d[`docx.${s}.scanUsPerControl`] ?? NaN, 0),
          fmt(d[`docx.${s}.refreshMs`] ?? NaN),
          fmt(d[`docx.${s}.saveMs`] ?? NaN),
          fmt(d[`docx.${s}.refreshBytesSent`] ?? NaN, 0),
          kb(d[`docx.${s}.docxBytes`] ?? NaN),
        ]),
      ),
      "",
      `8k/1k time ratios (8 is linear): ${["insertMs", "scanMs", "refreshMs", "saveMs"]
        .map((m) => `${m.replace("Ms", "")} ${fmt(d[`docx.ratio.${m}.8k/1k`] ?? NaN, 2)}`)
        .join(", ")}.`,
    );
  } else out.push(unavailable(r.docx));
  out.push("", "## Documents that would exhaust the machine: `baocao scan` (bench/unpack.bench.ts)", "");
  if (r.unpack.ok) {
    out.push(
      markdownTable(
        ["file", "size", "exit", "peak memory", "time"],
        r.unpack.value.rows.map((row) => [row.file, `${fmt(row.fileKB, 0)} KB`, row.exitCode, `${fmt(row.maxRssMb)} MB`, `${fmt(row.wallMs, 0)} ms`]),
      ),
      "",
      `Zip bomb ÷ consolidated report: time ${fmt(r.unpack.value.bombOverConsolidated.time, 2)}, peak memory ${fmt(r.unpack.value.bombOverConsolidated.memory, 2)}.`,
    );
  } else out.push(unavailable(r.unpack));
  out.push("", "## Refresh and roll change nothing outside their controls (bench/property.bench.ts)", "");
  out.push(
    r.property.ok
      ? `${fmt(r.property.value.runs, 0)} runs held in ${fmt(r.property.value.seconds)} s (${fmt(r.property.value.msPerRun)} ms a run).`
      : unavailable(r.property),
  );
  return `${out.join("\n")}\n`;
}

/** `npm run bench -- --only pane,cli`: the benchmarks to run (all when not given). */
const NAMES = ["operations", "docxtemplater", "paste", "workbook", "docx", "cli", "server", "pane", "unpack", "property"] as const;
function selected(argv: readonly string[]): ReadonlySet<string> {
  const k = argv.indexOf("--only");
  if (k < 0) return new Set(NAMES);
  const names = (argv[k + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((n) => !(NAMES as readonly string[]).includes(n));
  if (unknown.length || names.length === 0)
    throw new Error(`--only takes a list among ${NAMES.join(", ")}; got “${argv[k + 1] ?? ""}”`);
  return new Set(names);
}

async function main(): Promise<void> {
  const only = selected(process.argv.slice(2));
  const skip = <T>(name: string, run: () => Promise<Outcome<T>>): Promise<Outcome<T>> =>
    only.has(name) ? run() : Promise.resolve({ ok: false, reason: "not run (--only)", seconds: 0 });
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const cpuList = cpus();
  const machine = {
    node: process.version,
    cpu: cpuList[0]?.model.trim() ?? "unknown CPU",
    cores: cpuList.length,
    platform: `${process.platform}-${process.arch}`,
    load: [Math.round((loadavg()[0] ?? 0) * 100) / 100, 0] as [number, number],
  };

  // The command line's figures are those of the source as it is, as the pane's are: dist/cli is built for the run
  // (esbuild, about a second). A dist/cli left from an older checkout measured a command line without #15's limits.
  if (only.has("cli") || only.has("unpack"))
    execFileSync(process.execPath, [join(__dirname, "..", "scripts", "build-cli.mjs")], { cwd: join(__dirname, ".."), stdio: "inherit" });

  const operations = await skip("operations", () =>
    // Both reports in four Words, the consolidated one about a minute per Word on this machine, three times on 1.4.
    attempt("syncs, bytes and time per operation (both reports, WordApi 1.4, 1.3, m365, web)", 900, (signal) =>
      benchOperations({ signal }),
    ));
  if (operations.ok) console.table(operations.value.rows.map(({ note: _note, ...row }) => row));
  const docxtemplater = await skip("docxtemplater", () =>
    attempt("ours vs docxtemplater, shipped report", 120, () => benchDocxtemplater({ runs: 15 })));
  if (docxtemplater.ok) console.log(docxtemplater.value);
  const docxtemplaterConsolidated = await skip("docxtemplater", () =>
    attempt("ours vs docxtemplater, consolidated report", 180, () =>
      benchDocxtemplater({ report: consolidatedReport(), runs: 3, warmups: 1 }),
    ));
  if (docxtemplaterConsolidated.ok) console.log(docxtemplaterConsolidated.value);
  const paste = await skip("paste", () => attempt("paste: 10,000 rows", 120, () => benchPaste()));
  if (paste.ok) console.log(paste.value);
  const workbook = await skip("workbook", () =>
    attempt("workbook: import 5,000 rows of T2 beside their paste", 180, () => benchWorkbook()));
  if (workbook.ok) console.log(workbook.value);
  const docx = await skip("docx", () => attempt("headless Word scaling", 180, () => benchDocx()));
  if (docx.ok) console.log(docx.value);
  const cli = await skip("cli", () => attempt("CLI start and peak memory", 180, () => benchCli()));
  if (cli.ok) console.table(cli.value);
  const cliStart = await skip("cli", () =>
    attempt("CLI start: baocao --version beside node -e 0", 120, () => benchCliStart()));
  if (cliStart.ok) console.log(cliStart.value);
  const server = await skip("server", () =>
    attempt(
      "figures service: GET throughput and p99",
      90,
      optionalBench<ServerFigures>("server.bench.ts", "benchServer"),
    ));
  if (server.ok) console.log(server.value);
  const pane = await skip("pane", () =>
    attempt(
      "task pane: bundle size and first render",
      420,
      optionalBench<PaneFigures>("pane.bench.ts", "benchPane"),
    ));
  if (pane.ok) console.log(pane.value);

  const unpack = await skip("unpack", () =>
    attempt("scan of a zip bomb beside the consolidated report", 180, () => benchUnpack()));
  if (unpack.ok) console.table(unpack.value.rows);
  const property = await skip("property", () =>
    attempt("refresh and roll change nothing outside their controls: 10,000 runs", 900, () => benchOwnedControls()));
  if (property.ok) console.log(property.value);

  machine.load[1] = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  const results: BenchResults = {
    startedAt,
    seconds: since(started),
    machine,
    docxtemplaterRatio: docxtemplater.ok ? docxtemplater.value.docxtemplaterRatio : null,
    docxtemplaterRatioConsolidated: docxtemplaterConsolidated.ok
      ? docxtemplaterConsolidated.value.docxtemplaterRatio
      : null,
    ...proportionality(operations.ok ? operations.value.rows : undefined),
    cliStartRatio: cliStart.ok ? cliStart.value.cliStartRatio : null,
    paneFirstLoadGzipKB: pane.ok ? pane.value.paneFirstLoadGzipKB : null,
    paneAllChunksGzipKB: pane.ok ? pane.value.paneAllChunksGzipKB : null,
    paneFirstRenderMs: pane.ok && Number.isFinite(pane.value.firstRenderMs) ? pane.value.firstRenderMs : null,
    allWithinBudget: operations.ok ? operations.value.rows.every((row) => row.ok || row.extra) : null,
    operations,
    docxtemplater,
    docxtemplaterConsolidated,
    paste,
    workbook,
    server,
    pane,
    docx,
    cli,
    cliStart,
    unpack,
    property,
  };
  const markdown = resultsMarkdown(results);
  mkdirSync(RESULTS, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamp = startedAt.replace(/[:.]/g, "-");
  if (only.size < NAMES.length) {
    // A part of the run never replaces the whole run's results.
    writeFileSync(join(RESULTS, `partial-${stamp}.json`), json);
    process.stdout.write(`\n${markdown}\nWritten: bench/results/partial-${stamp}.json\n`);
    return;
  }
  writeFileSync(join(RESULTS, `${stamp}.json`), json);
  writeFileSync(join(RESULTS, "latest.json"), json);
  writeFileSync(join(RESULTS, "latest.md"), markdown);
  process.stdout.write(
    `\n${markdown}\nWritten: bench/results/${stamp}.json, bench/results/latest.json, bench/results/latest.md\n`,
  );
}

if (require.main === module) {
  main().then(
    // A benchmark that timed out may leave a browser or a server behind: end the run once the results are written.
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
