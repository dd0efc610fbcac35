/**
 * "Refresh and roll forward change no character outside the controls they own, whatever the clerk typed"
 * (#15), 10,000 runs in-process on the headless Word (`npm test` runs 1,000: test/campaign/ownedControls.test.ts;
 * test/support/clerkProperty.ts says what a run does). A failure stops the bench with fast-check's
 * counterexample and seed. Run alone with `npx tsx bench/property.bench.ts [runs]`.
 */
import { assertOwnedControlsProperty, prepareReport } from "../test/support/clerkProperty";

export type PropertyBench = { readonly runs: number; readonly seconds: number; readonly msPerRun: number };

export async function benchOwnedControls(runs = 10_000): Promise<PropertyBench> {
  const report = await prepareReport();
  const start = performance.now();
  await assertOwnedControlsProperty(report, runs);
  const ms = performance.now() - start;
  return { runs, seconds: Math.round(ms / 100) / 10, msPerRun: Math.round((ms / runs) * 10) / 10 };
}

if (process.argv[1]?.endsWith("property.bench.ts")) {
  benchOwnedControls(Number(process.argv[2] ?? 10_000)).then(
    (r) => console.log(r),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
