export type BackoffPolicy = { readonly baseDelayMs: number; readonly maxDelayMs: number };

/**
 * How long to wait before retry number `attempt` (1, 2, …): the cap doubles each time, and a random half of
 * it is added so that many clients failing together do not come back together.
 *
 * @example
 * backoffDelay(1, { baseDelayMs: 200, maxDelayMs: 5000 }, () => 0) // 100
 * backoffDelay(3, { baseDelayMs: 200, maxDelayMs: 5000 }, () => 1) // 800
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return cap / 2 + (random() * cap) / 2;
}
