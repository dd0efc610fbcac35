import { benchServer } from "../../bench/server.bench";

describe("bench/server.bench.ts", () => {
  it("measures GET figures on loopback and stops by itself", async () => {
    const result = await benchServer({ durationSeconds: 1, connections: 2 });
    expect(result.getFiguresRps).toBeGreaterThan(0);
    // A latency measured: a positive, finite number of milliseconds (0 would mean no request was timed).
    expect(result.p99Ms).toBeGreaterThan(0);
    expect(Number.isFinite(result.p99Ms)).toBe(true);
  });
});
