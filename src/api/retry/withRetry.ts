import { backoffDelay, type BackoffPolicy } from "./backoffDelay";
import { sleep } from "./sleep";

export type RetryPolicy = BackoffPolicy & {
  /** Retries after the first attempt: 2 means at most 3 attempts. */
  readonly retries: number;
  readonly retryable: (error: unknown) => boolean;
  readonly signal?: AbortSignal;
  readonly random?: () => number;
};

/**
 * Runs `attempt` until it succeeds, fails with an error that is not worth retrying, or the retries are
 * spent; waits with exponential backoff in between. `attempt` learns its number (1 for the first).
 *
 * @example
 * await withRetry((n) => get(url), { retries: 2, baseDelayMs: 200, maxDelayMs: 2000, retryable: isTransient })
 */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n > policy.retries || !policy.retryable(error) || policy.signal?.aborted) throw error;
      await sleep(backoffDelay(n, policy, policy.random), policy.signal);
    }
  }
}
