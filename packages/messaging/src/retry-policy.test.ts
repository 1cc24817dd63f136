import { backoffDelay, DEFAULT_RETRY_POLICY, retryPolicy } from './retry-policy';

describe('retry policy and backoff', () => {
  const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1000, multiplier: 2, jitter: false });

  it('doubles from the base delay and caps at the maximum', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(policy, attempt))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('spreads delays with equal jitter: between half and all of the computed delay', () => {
    const jittered = { ...policy, jitter: true };
    expect(backoffDelay(jittered, 3, () => 0)).toBe(200);
    expect(backoffDelay(jittered, 3, () => 0.5)).toBe(300);
    expect(backoffDelay(jittered, 3, () => 0.999999)).toBe(400);
  });

  it('has sane defaults and refuses nonsense', () => {
    expect(retryPolicy()).toEqual(DEFAULT_RETRY_POLICY);
    expect(() => retryPolicy({ attempts: 0 })).toThrow(/attempts/);
    expect(() => retryPolicy({ baseDelayMs: 10, maxDelayMs: 5 })).toThrow(/delays/);
    expect(() => retryPolicy({ multiplier: 0.5 })).toThrow(/multiplier/);
  });
});
