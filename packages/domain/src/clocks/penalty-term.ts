import { domainError, type DomainError } from '../errors/domain-error';
import { addMonths, daysBetween, isAfter, isBefore, type LocalDate } from '../time/local-date';
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

/** A penalty of an officer (in this or another case), as far as another penalty's lapse depends on it. */
export interface PenaltyTerm {
  readonly penaltyId: string;
  readonly imposedOn: LocalDate;
  readonly expiresOn: LocalDate;
}

export interface PenaltyLapse {
  /** The day the officer counts as no longer having this penalty. */
  readonly lapsesOn: LocalDate;
  /** The later penalties, in order, that kept it in force past its own 6 months. */
  readonly carriedBy: readonly string[];
}

/**
 * art. 57 p.17: a penalty lapses when 6 months pass from its imposition *without a new penalty*. A new penalty
 * imposed on the officer before that day (in any case) keeps the earlier one in force until the new one's own
 * term ends, and so on along the chain: the officer is free of both only once a term runs out with no newer one.
 */
export function penaltyLapse(penalty: PenaltyTerm, others: readonly PenaltyTerm[]): PenaltyLapse {
  let lapsesOn = penalty.expiresOn;
  const carriedBy: string[] = [];
  for (;;) {
    const later = others.filter(
      (o) =>
        o.penaltyId !== penalty.penaltyId &&
        !carriedBy.includes(o.penaltyId) &&
        isAfter(o.imposedOn, penalty.imposedOn) &&
        isBefore(o.imposedOn, lapsesOn) &&
        isAfter(o.expiresOn, lapsesOn),
    );
    if (later.length === 0) return { lapsesOn, carriedBy };
    const longest = later.reduce((a, b) => (isAfter(b.expiresOn, a.expiresOn) ? b : a));
    carriedBy.push(longest.penaltyId);
    lapsesOn = longest.expiresOn;
  }
}

/** The expiry clock of a recorded penalty: 6 months, or longer where a new penalty kept it in force. */
export const penaltyTermClock = (p: Pick<PenaltyTerm, 'imposedOn' | 'expiresOn'>): ClockAnswer => {
  const base = penaltyExpiryClock(p.imposedOn);
  if (!isAfter(p.expiresOn, base.dueOn)) return base;
  return {
    ...base,
    dueOn: p.expiresOn,
    why: [
      ...base.why,
      {
        kind: 'extended',
        days: daysBetween(base.dueOn, p.expiresOn),
        reason: 'a new penalty was imposed within the term; it lapses with the new one (art. 57 p.17)',
      },
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
