/** How a consumer retries a failing handler before dead-lettering the message. */
export interface RetryPolicy {
  /** Handler attempts in total, the first included (>= 1). */
  readonly attempts: number;
  /** Delay before the first retry. */
  readonly baseDelayMs: number;
  /** Upper bound for any single delay. */
  readonly maxDelayMs: number;
  /** Growth per retry. */
  readonly multiplier: number;
  /** Spread retries of many consumers (equal jitter: half fixed, half random). */
  readonly jitter: boolean;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  multiplier: 2,
  jitter: true,
};

export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1)
    throw new Error('retry attempts must be >= 1');
  if (policy.baseDelayMs < 0 || policy.maxDelayMs < policy.baseDelayMs) {
    throw new Error('retry delays must satisfy 0 <= baseDelayMs <= maxDelayMs');
  }
  if (policy.multiplier < 1) throw new Error('retry multiplier must be >= 1');
  return policy;
}

/**
 * The wait after failed attempt `attempt` (1-based): base * multiplier^(attempt-1), capped at maxDelayMs,
 * with equal jitter when enabled. `random` is injectable so the computation is testable.
 */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const exponential = policy.baseDelayMs * policy.multiplier ** Math.max(0, attempt - 1);
  const capped = Math.min(policy.maxDelayMs, exponential);
  return Math.round(policy.jitter ? capped / 2 + (random() * capped) / 2 : capped);
}
