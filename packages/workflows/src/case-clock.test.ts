import { ApplicationFailure } from '@temporalio/common';
import {
  INVALID_CASE_CLOCK_TYPE,
  caseClock,
  caseClockProblem,
  caseClockView,
  isTimeScale,
  type CaseClockInput,
} from './case-clock';

const DAY = 86_400_000;
const ORIGIN = Date.parse('2026-03-02T04:00:00.000Z'); // 09:00 in Almaty

/** A real clock the test moves. */
const realTime = (start: number) => {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('case clock', () => {
  it('is real time without input: now is the real now, waits are unchanged', () => {
    const real = realTime(ORIGIN + 12_345);
    const clock = caseClock(undefined, ORIGIN, real.now);
    expect(clock).toMatchObject({ origin: ORIGIN, scale: 1, input: undefined });
    expect(clock.now()).toBe(ORIGIN + 12_345);
    real.advance(3 * DAY + 7);
    expect(clock.now()).toBe(ORIGIN + 12_345 + 3 * DAY + 7);
    expect(clock.nowIso()).toBe(new Date(ORIGIN + 12_345 + 3 * DAY + 7).toISOString());
    expect(clock.realDelay(30 * DAY)).toBe(30 * DAY);
    expect(clock.realDelay(1234)).toBe(1234);
  });

  it('at scale 1440 one virtual day passes in one real minute from the origin', () => {
    const real = realTime(ORIGIN);
    const clock = caseClock({ origin: ORIGIN, scale: 1440 }, 0, real.now);
    expect(clock.now()).toBe(ORIGIN);
    real.advance(60_000);
    expect(clock.now()).toBe(ORIGIN + DAY);
    real.advance(29 * 60_000);
    expect(clock.nowIso()).toBe('2026-04-01T04:00:00.000Z');
    expect(clock.realDelay(DAY)).toBe(60_000);
    expect(clock.realDelay(180 * DAY)).toBe(180 * 60_000);
    expect(clock.realAt(ORIGIN + 7 * DAY)).toBe(ORIGIN + 7 * 60_000);
  });

  it('waits at least 1 ms, rounded up, so a timer never fires before its virtual instant', () => {
    const real = realTime(ORIGIN + 1);
    const clock = caseClock({ origin: ORIGIN, scale: 1000 }, 0, real.now);
    expect(clock.realDelay(0)).toBe(1);
    expect(clock.realDelay(-5 * DAY)).toBe(1);
    expect(clock.realDelay(1)).toBe(1);
    expect(clock.realDelay(1001)).toBe(2);
    const due = clock.now() + 2_500;
    real.advance(clock.realDelay(due - clock.now()));
    expect(clock.now()).toBeGreaterThanOrEqual(due);
  });

  it('keeps virtual time whole milliseconds for a fractional scale', () => {
    const real = realTime(ORIGIN);
    const clock = caseClock({ origin: ORIGIN, scale: 1.5 }, 0, real.now);
    real.advance(3);
    expect(clock.now()).toBe(ORIGIN + 4);
    expect(Number.isInteger(clock.now())).toBe(true);
  });

  it('accepts an ISO origin and hands children the same timeline as epoch ms', () => {
    const clock = caseClock({ origin: '2026-03-02T04:00:00Z', scale: 60 }, 0, () => ORIGIN + 1_000);
    expect(clock.origin).toBe(ORIGIN);
    expect(clock.input).toEqual({ origin: ORIGIN, scale: 60 });
    const child = caseClock(clock.input, 0, () => ORIGIN + 1_000);
    expect(child.now()).toBe(clock.now());
    expect(clock.now()).toBe(ORIGIN + 60_000);
  });

  it('answers the caseClock query with the timeline, from which a caller computes the present', () => {
    const real = realTime(ORIGIN);
    const clock = caseClock({ origin: ORIGIN, scale: 1440 }, 0, real.now);
    real.advance(20 * 60_000 + 30_000); // 20.5 virtual days
    const view = caseClockView(clock);
    expect(view).toEqual({
      origin: '2026-03-02T04:00:00.000Z',
      scale: 1440,
      asOf: '2026-03-22T16:00:00.000Z',
    });
    real.advance(60_000);
    expect(caseClock(view, 0, real.now).nowIso()).toBe('2026-03-23T16:00:00.000Z');
  });

  it.each<[string, unknown]>([
    ['a scale below 1', { origin: ORIGIN, scale: 0.5 }],
    ['a scale above 1,000,000', { origin: ORIGIN, scale: 1_000_001 }],
    ['a scale that is not a number', { origin: ORIGIN, scale: '1440' }],
    ['an infinite scale', { origin: ORIGIN, scale: Infinity }],
    ['a NaN scale', { origin: ORIGIN, scale: NaN }],
    ['no origin', { scale: 10 }],
    ['an origin that is no instant', { origin: 'yesterday', scale: 10 }],
    ['a fractional origin', { origin: 1.5, scale: 10 }],
    ['no object', 1440],
    ['null', null],
  ])('refuses %s with a non-retryable InvalidCaseClock failure', (_, input) => {
    expect(caseClockProblem(input)).toEqual(expect.any(String));
    let failure: unknown;
    try {
      caseClock(input as CaseClockInput, ORIGIN, () => ORIGIN);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: INVALID_CASE_CLOCK_TYPE, nonRetryable: true });
  });

  it('knows the allowed scales', () => {
    expect([1, 1.5, 1440, 1_000_000].every(isTimeScale)).toBe(true);
    expect([0, 0.99, 1_000_000.5, -1, NaN, '2', undefined].some(isTimeScale)).toBe(false);
  });
});
