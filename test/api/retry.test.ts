import { apiRoot } from "../../src/api/http/apiRoot";
import { backoffDelay } from "../../src/api/retry/backoffDelay";
import { withRetry } from "../../src/api/retry/withRetry";

describe("backoffDelay", () => {
  const policy = { baseDelayMs: 200, maxDelayMs: 1000 };
  it.each([
    [1, 0, 100],
    [1, 1, 200],
    [2, 0, 200],
    [3, 1, 800],
    [4, 1, 1000],
    [10, 0, 500],
  ])("waits, before retry %i with random %d, %d ms", (attempt, random, expected) => {
    expect(backoffDelay(attempt, policy, () => random)).toBe(expected);
  });
});

describe("withRetry", () => {
  const fast = { baseDelayMs: 1, maxDelayMs: 2 };
  it("retries what is retryable, up to its budget", async () => {
    const seen: number[] = [];
    const result = withRetry(
      async (n) => {
        seen.push(n);
        throw new Error("transient");
      },
      { ...fast, retries: 2, retryable: () => true },
    );
    await expect(result).rejects.toThrow("transient");
    expect(seen).toEqual([1, 2, 3]);
  });

  it("stops at the first error that is not retryable", async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new Error("fatal");
        },
        { ...fast, retries: 5, retryable: (e) => (e as Error).message !== "fatal" },
      ),
    ).rejects.toThrow("fatal");
    expect(calls).toBe(1);
  });

  it("returns the first success", async () => {
    expect(await withRetry(async (n) => (n < 2 ? Promise.reject(new Error("x")) : n), { ...fast, retries: 3, retryable: () => true })).toBe(2);
  });
});

describe("apiRoot", () => {
  it.each([
    ["http://127.0.0.1:3001", "http://127.0.0.1:3001/api/v1"],
    ["http://127.0.0.1:3001/", "http://127.0.0.1:3001/api/v1"],
    ["/api", "/api/v1"],
    ["/api/", "/api/v1"],
    ["https://baocao.dongnai.gov.vn/api", "https://baocao.dongnai.gov.vn/api/v1"],
    ["https://baocao.dongnai.gov.vn/api/v1", "https://baocao.dongnai.gov.vn/api/v1"],
    ["https://host/capi", "https://host/capi/api/v1"],
  ])("places API v1 under %s at %s", (base, root) => {
    expect(apiRoot(base)).toBe(root);
  });
});
