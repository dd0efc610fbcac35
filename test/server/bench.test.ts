import { benchServer } from "../../bench/server.bench";

describe("bench/server.bench.ts", () => {
  it("measures GET figures on loopback and stops by itself", async () => {
    const result = await benchServer({ durationSeconds: 1, connections: 2 });
    expect(result.getFiguresRps).toBeGreaterThan(0);
    expect(result.p99Ms).toBeGreaterThanOrEqual(0);
  });
});
