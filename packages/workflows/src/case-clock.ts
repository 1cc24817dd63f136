import { ApplicationFailure } from '@temporalio/common';
import type { CaseClockView } from './definitions';

/**
 * A case's clock: virtual time running `scale` times faster than real (workflow) time, so a demo or an end-to-end
 * test can play a whole case (months of legal clocks, 180 days of support check-ins) in real wall time against a
 * real Temporal server. Both timelines agree at `origin`:
 *
 *   virtual now = origin + (real now - origin) × scale
 *   a virtual duration d is waited as d / scale real milliseconds (at least 1)
 *
 * Scale 1 is real time (the default): `now()` is exactly the workflow's `Date.now()` and every wait is unchanged.
 * Pure apart from `realNow` (the workflow's deterministic `Date.now()` by default), so it is safe in workflow code.
 */
export interface CaseClockInput {
  /** Where virtual and real time agree: epoch milliseconds or an ISO 8601 instant (usually the case's start). */
  readonly origin: number | string;
  /** Virtual milliseconds per real millisecond, 1 (real time) to 1,000,000. 1440: one virtual day a real minute. */
  readonly scale: number;
}

export const MIN_TIME_SCALE = 1;
export const MAX_TIME_SCALE = 1_000_000;

/** The failure type a workflow fails with when its `clock` input is invalid (non-retryable). */
export const INVALID_CASE_CLOCK_TYPE = 'InvalidCaseClock';

export interface CaseClock {
  /** Epoch milliseconds where both timelines agree. */
  readonly origin: number;
  readonly scale: number;
  /** Virtual now, epoch milliseconds. */
  now(): number;
  /** Virtual now as an ISO instant (event stamps, the decider's `at`). */
  nowIso(): string;
  /** Real (workflow timer) milliseconds to wait for `virtualMs` to pass on the case clock: ≥ 1, rounded up. */
  realDelay(virtualMs: number): number;
  /** The real instant (epoch ms) at which the virtual instant `virtualMs` comes. */
  realAt(virtualMs: number): number;
  /** What to hand a child workflow so it lives on the same timeline; undefined for real time. */
  readonly input: CaseClockInput | undefined;
}

/** Whether `scale` is an allowed time scale (a finite number from 1 to 1,000,000). */
export const isTimeScale = (scale: unknown): scale is number =>
  typeof scale === 'number' && Number.isFinite(scale) && scale >= MIN_TIME_SCALE && scale <= MAX_TIME_SCALE;

const originMs = (origin: unknown): number =>
  typeof origin === 'number' ? origin : typeof origin === 'string' ? Date.parse(origin) : Number.NaN;

/** What is wrong with a clock input, or null when it is usable. */
export function caseClockProblem(input: unknown): string | null {
  if (input === undefined) return null;
  if (input === null || typeof input !== 'object') return 'clock must be { origin, scale }';
  const { origin, scale } = input as Record<string, unknown>;
  if (!isTimeScale(scale)) return 'clock.scale must be a number from 1 to 1,000,000';
  if (!Number.isSafeInteger(originMs(origin)))
    return 'clock.origin must be epoch milliseconds (an integer) or an ISO 8601 instant';
  return null;
}

/**
 * The case clock for `input`; without one, real time (scale 1) from `defaultOrigin` (the workflow's start).
 * An invalid input is a non-retryable `InvalidCaseClock` failure: the workflow fails instead of retrying its task.
 */
export function caseClock(
  input: CaseClockInput | undefined,
  defaultOrigin: number,
  realNow: () => number = () => Date.now(),
): CaseClock {
  const problem = caseClockProblem(input);
  if (problem !== null) throw ApplicationFailure.nonRetryable(problem, INVALID_CASE_CLOCK_TYPE);
  const origin = input ? originMs(input.origin) : defaultOrigin;
  const scale = input?.scale ?? 1;
  const now = (): number => {
    const real = realNow();
    return scale === 1 ? real : Math.floor(origin + (real - origin) * scale);
  };
  return {
    origin,
    scale,
    now,
    nowIso: () => new Date(now()).toISOString(),
    realDelay: (virtualMs) => Math.max(1, Math.ceil(virtualMs / scale)),
    realAt: (virtualMs) => origin + Math.ceil((virtualMs - origin) / scale),
    input: input ? { origin, scale } : undefined,
  };
}

/** The `caseClock` query's answer. */
export const caseClockView = (clock: CaseClock): CaseClockView => ({
  origin: new Date(clock.origin).toISOString(),
  scale: clock.scale,
  asOf: clock.nowIso(),
});
