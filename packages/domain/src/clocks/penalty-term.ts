import { domainError, type DomainError } from '../errors/domain-error';
import { addMonths, isBefore, type LocalDate } from '../time/local-date';
import { severityOf, type PenaltyKind } from '../penalties/ladder';
import type { ClockAnswer } from './clock';

/** art. 57 p.17: a penalty lasts at most 6 months; then the officer counts as having none. */
export const penaltyExpiryClock = (imposedOn: LocalDate): ClockAnswer => {
  const dueOn = addMonths(imposedOn, 6);
  return {
    clock: 'penalty-expiry',
    dueOn,
    citation: 'art. 57 p.17',
    provisional: false,
    why: [
      { kind: 'start', on: imposedOn, event: 'order-issued' },
      { kind: 'term', term: { unit: 'months', amount: 6 }, endsOn: dueOn },
    ],
  };
};

/**
 * art. 55: early lifting as a reward — a minor penalty at any time, a significant one not earlier than
 * 3 months after imposition, a gross one never. Returns undefined for "never".
 */
export function earlyLiftingClock(kind: PenaltyKind, imposedOn: LocalDate): ClockAnswer | undefined {
  const severity = severityOf(kind);
  if (severity === 'gross') return undefined;
  const months = severity === 'minor' ? 0 : 3;
  const dueOn = addMonths(imposedOn, months);
  return {
    clock: 'early-lifting',
    dueOn,
    citation: 'art. 55',
    provisional: false,
    why: [
      { kind: 'start', on: imposedOn, event: 'order-issued' },
      { kind: 'term', term: { unit: 'months', amount: months }, endsOn: dueOn },
    ],
  };
}

/**
 * art. 55 checks for lifting one penalty early on `on`. `otherLiftsOnSameDay` counts penalties of the
 * same person already lifted as a reward that day: one penalty at a time.
 */
export function checkEarlyLifting(
  penalty: { readonly kind: PenaltyKind; readonly imposedOn: LocalDate },
  on: LocalDate,
  otherLiftsOnSameDay: number,
): DomainError | undefined {
  const clock = earlyLiftingClock(penalty.kind, penalty.imposedOn);
  if (!clock) return domainError('EARLY_LIFTING_GROSS_PENALTY', { penalty: penalty.kind });
  if (isBefore(on, clock.dueOn)) return domainError('EARLY_LIFTING_TOO_EARLY', { earliest: clock.dueOn });
  return otherLiftsOnSameDay > 0 ? domainError('EARLY_LIFTING_ONE_AT_A_TIME') : undefined;
}
