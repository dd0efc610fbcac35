/**
 * Peak memory (maximum resident set size) and wall time of the `baocao` command line, each command in its own
 * process: `node bin/baocao.cjs scan|check …` on the consolidated report (and, for scale, on the shipped one),
 * and `new` on the shipped figures. Measured by `/usr/bin/time -v` when it is there, else by a preloaded
 * wrapper that prints `process.resourceUsage().maxRSS` as the process exits.
 * Also its start: `node bin/baocao.cjs --version` (the published bin, which runs dist/cli/main.cjs built ahead
 * of time) beside a bare `node -e 0`, alternated in the same run, medians of 15 each: `cliStartRatio` (target ≤ 3).
 * Called by `npm run bench`; run alone with `npx tsx bench/cli.bench.ts`.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ourDocx } from "./docxtemplater.bench";
import { consolidatedReport, FIXTURE, ROOT, shippedReport } from "./reports";

const TIME = "/usr/bin/time";
const CLI = join(ROOT, "bin/baocao.cjs");
const MARK = "baocao-bench-maxrss-kb:";

export type CliRun = {
  readonly report: "shipped" | "consolidated";
  readonly command: string;
  readonly exitCode: number;
  readonly maxRssMb: number;
  readonly wallMs: number;
  readonly method: "/usr/bin/time -v" | "process.resourceUsage";
};

function run(
  command: string,
  args: readonly string[],
): Promise<{ code: number; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stderr, ms: performance.now() - start }));
  });
}

/**
 * One CLI command, its peak memory and wall time. Exit codes 0 and 1 (a report not ready to sign) are normal,
 * unless `expected` names others (2: a document refused).
 */
export async function measureCli(
  args: readonly string[],
  wrapper: string,
  expected: readonly number[] = [0, 1],
): Promise<Omit<CliRun, "report" | "command">> {
  const viaTime = existsSync(TIME);
  const result = viaTime
    ? await run(TIME, ["-v", process.execPath, CLI, ...args])
    : await run(process.execPath, ["--require", wrapper, CLI, ...args]);
  if (!expected.includes(result.code)) {
    throw new Error(`baocao ${args[0]} exited ${result.code}: ${result.stderr.slice(0, 400)}`);
  }
  const kb = viaTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]
    : new RegExp(`${MARK}(\\d+)`).exec(result.stderr)?.[1];
  if (!kb) throw new Error(`baocao ${args[0]}: no peak memory in its output`);
  return {
    exitCode: result.code,
    maxRssMb: Math.round((Number(kb) / 1024) * 10) / 10,
    wallMs: Math.round(result.ms),
    method: viaTime ? "/usr/bin/time -v" : "process.resourceUsage",
  };
}

export type CliStart = {
  readonly versionMs: number;
  readonly bareNodeMs: number;
  /** `baocao --version` ÷ `node -e 0`, medians of the same run (target ≤ 3). */
  readonly cliStartRatio: number;
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** The command line's start against Node's own, alternated so that both see the same load on the machine. */
export async function benchCliStart(runs = 15): Promise<CliStart> {
  const version: number[] = [];
  const bare: number[] = [];
  for (let k = 0; k < runs; k++) {
    const b = await run(process.execPath, ["-e", "0"]);
    const v = await run(process.execPath, [CLI, "--version"]);
    if (v.code !== 0) throw new Error(`baocao --version exited ${v.code}: ${v.stderr.slice(0, 400)}`);
    bare.push(b.ms);
    version.push(v.ms);
  }
  const versionMs = Math.round(median(version) * 10) / 10;
  const bareNodeMs = Math.round(median(bare) * 10) / 10;
  return { versionMs, bareNodeMs, cliStartRatio: Math.round((versionMs / bareNodeMs) * 100) / 100 };
}

/** The preloaded script that prints a process's peak memory as it exits (when /usr/bin/time is not there). */
export function maxRssWrapper(dir: string): string {
  const wrapper = join(dir, "maxrss.cjs");
  writeFileSync(
    wrapper,
    `process.on("exit", () => process.stderr.write("${MARK}" + process.resourceUsage().maxRSS + "\\n"));\n`,
  );
  return wrapper;
}

export async function benchCli(): Promise<CliRun[]> {
  const dir = mkdtempSync(join(tmpdir(), "baocao-bench-cli-"));
  try {
    const wrapper = maxRssWrapper(dir);
    const files = {
      shipped: join(dir, "shipped.docx"),
      consolidated: join(dir, "consolidated.docx"),
    };
    writeFileSync(files.shipped, await ourDocx(shippedReport()));
    writeFileSync(files.consolidated, await ourDocx(consolidatedReport()));
    const plan: { report: CliRun["report"]; command: string; args: string[] }[] = [
      {
        report: "shipped",
        command: "new --data fixture",
        args: ["new", "--data", FIXTURE, "-o", join(dir, "new.docx"), "--json"],
      },
      { report: "shipped", command: "scan --json", args: ["scan", files.shipped, "--json"] },
      {
        report: "shipped",
        command: "check --period 2021-Q1 --json",
        args: ["check", files.shipped, "--period", "2021-Q1", "--json"],
      },
      { report: "consolidated", command: "scan --json", args: ["scan", files.consolidated, "--json"] },
      {
        report: "consolidated",
        command: "check --period 2021-Q1 --json",
        args: ["check", files.consolidated, "--period", "2021-Q1", "--json"],
      },
    ];
    const out: CliRun[] = [];
    for (const step of plan) {
      out.push({ report: step.report, command: step.command, ...(await measureCli(step.args, wrapper)) });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("cli.bench.ts")) {
  Promise.all([benchCliStart(), benchCli()]).then(
    ([start, runs]) => {
      console.log(start);
      console.table(runs);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
