import { main } from "../../src/cli/main";

export type CliRun = { readonly code: number; readonly stdout: string; readonly stderr: string };

/** Runs `baocao` in-process, as the bin does, and captures what it prints. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Runs a command with `--json` and parses what it printed. */
export async function runCliJson<T>(...argv: string[]): Promise<{ code: number; json: T; stderr: string }> {
  const run = await runCli(...argv, "--json");
  return { code: run.code, json: JSON.parse(run.stdout) as T, stderr: run.stderr };
}
