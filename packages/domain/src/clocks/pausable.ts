import { addDays, addMonths, maxDate, type LocalDate } from '../time/local-date';
import { intersect, mergePeriods, periodLength, type Period } from '../time/period';
import type { ClockPause, ClockReason, Term } from './clock';

export interface PausedDeadline {
  readonly dueOn: LocalDate;
  readonly provisional: boolean;
  readonly why: readonly ClockReason[];
}

/** The plain end of a calendar term counted from `start` (the start day itself is not counted). */
export function termEnd(start: LocalDate, term: Term): LocalDate {
  if (term.unit === 'months') return addMonths(start, term.amount);
  if (term.unit === 'calendar-days') return addDays(start, term.amount);
  throw new RangeError('working-day terms need a calendar; use addWorkingDays');
}

/**
 * A calendar term that does not run during pauses: every paused day inside the running term moves
 * the end by one day, and days the term gains can bring further pauses into it (so it iterates to a
 * fixpoint). Overlapping pauses count once. Pauses only ever extend the deadline.
 */
export function pausedDeadline(args: {
  readonly start: LocalDate;
  readonly startEvent: string;
  readonly term: Term;
  readonly pauses: readonly ClockPause[];
  readonly asOf: LocalDate;
  readonly extraDays?: number;
}): PausedDeadline {
  const base = addDays(termEnd(args.start, args.term), args.extraDays ?? 0);
  const pauses = args.pauses.map((p) => ({
    cause: p.cause,
    open: p.to === undefined,
    period: closed(p, args.asOf),
  }));
  let due = base;
  let segments: { cause: ClockPause['cause']; period: Period }[] = [];
  for (;;) {
    const running: Period = { from: addDays(args.start, 1), to: due };
    segments = pauses.flatMap((p) => {
      const overlap = intersect(p.period, running);
      return overlap ? [{ cause: p.cause, period: overlap }] : [];
    });
    const total = mergePeriods(segments.map((s) => s.period)).reduce((n, p) => n + periodLength(p), 0);
    const next = addDays(base, total);
    if (next === due) break;
    due = next;
  }
  const totalPaused = mergePeriods(segments.map((s) => s.period)).reduce((n, p) => n + periodLength(p), 0);
  const open = pauses.filter(
    (p) => p.open && segments.some((s) => s.cause === p.cause && s.period.to === args.asOf),
  );
  const why: ClockReason[] = [
    { kind: 'start', on: args.start, event: args.startEvent },
    { kind: 'term', term: args.term, endsOn: termEnd(args.start, args.term) },
    ...segments.map((s) => ({
      kind: 'paused' as const,
      cause: s.cause,
      period: s.period,
      days: periodLength(s.period),
    })),
    ...(totalPaused > 0 ? [{ kind: 'paused-total' as const, days: totalPaused }] : []),
    ...open.map((p) => ({ kind: 'still-paused' as const, cause: p.cause, since: p.period.from })),
  ];
  return { dueOn: due, provisional: open.length > 0, why };
}

/** An open pause runs through the `asOf` day (or only its first day if it starts later). */
const closed = (p: ClockPause, asOf: LocalDate): Period => ({
  from: p.from,
  to: p.to ?? maxDate(p.from, asOf),
});
