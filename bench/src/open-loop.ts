import { percentile } from './load';

export interface StepResult {
  readonly offeredPerSecond: number;
  readonly achievedPerSecond: number;
  readonly completed: number;
  readonly errors: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/**
 * Open loop at a fixed rate: one operation every 1/rate seconds for `seconds`, whether or not the last ones
 * answered (what many people acting at once look like, unlike a closed loop that slows with the server). The
 * achieved rate is measured between the first and the last completion: a server that keeps up completes at the
 * offered rate (whatever its latency), one that falls behind completes at its own capacity.
 */
export async function openLoopStep(
  operation: () => Promise<void>,
  { rate, seconds }: { rate: number; seconds: number },
): Promise<StepResult> {
  const latencies: number[] = [];
  const done: number[] = [];
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  const total = Math.max(1, Math.round(rate * seconds));
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    inFlight.push(
      operation().then(
        () => {
          const now = performance.now();
          latencies.push(now - t0);
          done.push(now);
        },
        () => void (errors += 1),
      ),
    );
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  done.sort((a, b) => a - b);
  const span = done.length > 1 ? (done[done.length - 1]! - done[0]!) / 1000 : 0;
  return {
    offeredPerSecond: rate,
    achievedPerSecond: span > 0 ? (done.length - 1) / span : done.length === total ? rate : 0,
    completed: latencies.length,
    errors,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

/** A step is sustained when (nearly) every operation completed without error at (nearly) the offered rate. */
export const sustained = (s: StepResult): boolean =>
  s.errors === 0 && s.achievedPerSecond >= 0.9 * s.offeredPerSecond;

/**
 * Runs rising steps until one is not sustained (or the list ends) and returns them all; the highest sustained
 * step's rate is the figure compared with the floor.
 */
export async function steppedOpenLoop(
  operation: () => Promise<void>,
  { rates, seconds, onStep }: { rates: readonly number[]; seconds: number; onStep?: (s: StepResult) => void },
): Promise<StepResult[]> {
  const steps: StepResult[] = [];
  for (const rate of rates) {
    const step = await openLoopStep(operation, { rate, seconds });
    steps.push(step);
    onStep?.(step);
    if (!sustained(step)) break;
  }
  return steps;
}

export const highestSustained = (steps: readonly StepResult[]): number =>
  Math.max(0, ...steps.filter(sustained).map((s) => s.offeredPerSecond));
