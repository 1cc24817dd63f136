import type { LocalDate } from '../time/local-date';
import type { Absence } from './absences';
import type { ClockAnswer, ClockReason } from './clock';
import { pausedDeadline } from './pausable';

export const INVESTIGATION_CITATION = 'art. 58 p.4';

export interface InvestigationExtension {
  readonly days: number;
  readonly reason: string;
}

/**
 * art. 58 p.4: at most one month from the order; the subject's vacation, business trip, medical
 * treatment or other valid absence does not count. Extensions (policy) add calendar days.
 */
export function investigationClock(args: {
  readonly orderedOn: LocalDate;
  readonly subjectAbsences: readonly Absence[];
  readonly extensions: readonly InvestigationExtension[];
  readonly asOf: LocalDate;
}): ClockAnswer {
  const extraDays = args.extensions.reduce((n, e) => n + e.days, 0);
  const result = pausedDeadline({
    start: args.orderedOn,
    startEvent: 'investigation-ordered',
    term: { unit: 'months', amount: 1 },
    pauses: args.subjectAbsences.map((a) => ({ cause: a.kind, from: a.from, to: a.to })),
    asOf: args.asOf,
    extraDays,
  });
  const extended: ClockReason[] = args.extensions.map((e) => ({
    kind: 'extended',
    days: e.days,
    reason: e.reason,
  }));
  return {
    clock: 'investigation',
    dueOn: result.dueOn,
    citation: INVESTIGATION_CITATION,
    provisional: result.provisional,
    why: [...result.why, ...extended],
  };
}
