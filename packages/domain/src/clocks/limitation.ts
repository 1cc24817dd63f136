import { domainError, type DomainError } from '../errors/domain-error';
import { isAfter, isBefore, type LocalDate } from '../time/local-date';
import type { ClockAnswer, ClockName, ClockPause } from './clock';
import { pausedDeadline } from './pausable';

/** Misconduct for which the longer limitation terms apply (art. 57 p.10-11). */
export type MisconductGravity = 'ordinary' | 'gross' | 'discrediting' | 'ethics';

export const LIMITATION_CITATION = 'art. 57 p.10-12';

/** Another proceeding whose end restarts a one-month clock (art. 57 p.12). */
export interface EndedProceeding {
  readonly kind: 'internal-investigation' | 'pre-trial-investigation' | 'court';
  readonly endedOn: LocalDate;
}

export interface LimitationInput {
  /** The day the direct superior learned of the misconduct (art. 57 p.10). */
  readonly discoveredOn: LocalDate;
  readonly committedOn: LocalDate;
  readonly gravity: MisconductGravity;
  readonly endedProceedings?: readonly EndedProceeding[];
  /** Sick leave, vacation, unrelated trips, appeals, pending expertise or pre-trial results (art. 57 p.15). */
  readonly pauses: readonly ClockPause[];
  readonly asOf: LocalDate;
}

export interface LimitationAnswer {
  /** The last day a penalty may be imposed. */
  readonly dueOn: LocalDate;
  readonly binding: ClockName;
  readonly provisional: boolean;
  readonly clocks: readonly ClockAnswer[];
}

const isSerious = (g: MisconductGravity): boolean => g !== 'ordinary';

function clock(
  name: ClockName,
  start: LocalDate,
  startEvent: string,
  months: number,
  input: LimitationInput,
): ClockAnswer {
  const r = pausedDeadline({
    start,
    startEvent,
    term: { unit: 'months', amount: months },
    pauses: input.pauses,
    asOf: input.asOf,
  });
  return {
    clock: name,
    dueOn: r.dueOn,
    citation: LIMITATION_CITATION,
    provisional: r.provisional,
    why: r.why,
  };
}

/**
 * art. 57 p.10-12: a penalty is imposed within 1 month of discovery and 6 months of commission
 * (3 months / 1 year for gross, discrediting or ethics misconduct); after an investigation, a pre-trial
 * investigation or a court case, within 1 month of its end (which may only add time to the discovery
 * clock). Pauses (p.15) stop all clocks. The earliest binding clock decides.
 */
export function limitationClocks(input: LimitationInput): LimitationAnswer {
  const serious = isSerious(input.gravity);
  const fromDiscovery = clock(
    'limitation-from-discovery',
    input.discoveredOn,
    'discovered',
    serious ? 3 : 1,
    input,
  );
  const fromCommission = clock(
    'limitation-from-commission',
    input.committedOn,
    'committed',
    serious ? 12 : 6,
    input,
  );
  const lastEnd = (input.endedProceedings ?? []).reduce<EndedProceeding | undefined>(
    (latest, p) => (!latest || isAfter(p.endedOn, latest.endedOn) ? p : latest),
    undefined,
  );
  const afterProceeding = lastEnd
    ? clock('limitation-after-proceeding', lastEnd.endedOn, `${lastEnd.kind}-ended`, 1, input)
    : undefined;
  const relative =
    afterProceeding && isAfter(afterProceeding.dueOn, fromDiscovery.dueOn) ? afterProceeding : fromDiscovery;
  const binding = isBefore(fromCommission.dueOn, relative.dueOn) ? fromCommission : relative;
  const clocks = afterProceeding
    ? [fromDiscovery, afterProceeding, fromCommission]
    : [fromDiscovery, fromCommission];
  return {
    dueOn: binding.dueOn,
    binding: binding.clock,
    provisional: clocks.some((c) => c.provisional),
    clocks: clocks.map((c) =>
      c === binding
        ? { ...c, why: [...c.why, { kind: 'binding' as const, clock: c.clock, dueOn: c.dueOn }] }
        : c,
    ),
  };
}

/** Rejects a penalty on `on` when the limitation period has run out. */
export function checkWithinLimitation(input: LimitationInput, on: LocalDate): DomainError | undefined {
  const answer = limitationClocks(input);
  return isAfter(on, answer.dueOn)
    ? domainError('LIMITATION_PERIOD_EXPIRED', { dueOn: answer.dueOn, clock: answer.binding })
    : undefined;
}
