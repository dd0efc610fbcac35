/**
 * `npm run bench` gives each benchmark a deadline. A benchmark past it is reported unavailable, and the signal
 * it was given aborts, so that the operations benchmark stops at its next step instead of running on beside the
 * benchmarks after it (under load it used to, and they timed out in turn).
 */
import { benchReportOperations } from "../../bench/operations.bench";
import { shippedReport } from "../../bench/reports";
import { attempt } from "../../bench/run";

describe("attempt", () => {
  const factor = process.env.BENCH_TIMEOUT_FACTOR;
  beforeAll(() => {
    delete process.env.BENCH_TIMEOUT_FACTOR;
    jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterAll(() => {
    if (factor !== undefined) process.env.BENCH_TIMEOUT_FACTOR = factor;
    jest.restoreAllMocks();
  });

  it("reports a benchmark past its deadline unavailable and aborts the signal it gave it", async () => {
    let seen: AbortSignal | undefined;
    const outcome = await attempt("never ends", 0.05, (signal) => {
      seen = signal;
      return new Promise<never>(() => undefined);
    });
    expect(outcome).toMatchObject({ ok: false, reason: "timed out after 0.05 s" });
    expect(seen?.aborted).toBe(true);
  });

  it("leaves the signal alone for a benchmark that ends in time", async () => {
    let seen: AbortSignal | undefined;
    const outcome = await attempt("quick", 5, async (signal) => {
      seen = signal;
      return 42;
    });
    expect(outcome).toMatchObject({ ok: true, value: 42 });
    expect(seen?.aborted).toBe(false);
  });
});

describe("the operations benchmark", () => {
  it("stops at its first step once its signal is aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("deadline"));
    await expect(
      benchReportOperations(shippedReport(), { api: "1.4", repeats: 1, signal: controller.signal }),
    ).rejects.toThrow("deadline");
  });
});
