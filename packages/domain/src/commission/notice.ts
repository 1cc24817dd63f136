import type { WorkingCalendar } from '../calendar/day-info';
import { addWorkingDays, workingDayOnOrAfter } from '../calendar/working-days';
import type { ClockAnswer } from '../clocks/clock';
import { domainError, type DomainError } from '../errors/domain-error';
import { isBefore, type LocalDate } from '../time/local-date';

/**
 * art. 58-1: the employee is notified at least `workingDays` (law: 1) working days before the session.
 * A notice given on a rest day counts from the next working day.
 */
export function commissionNoticeClock(
  calendar: WorkingCalendar,
  notifiedOn: LocalDate,
  workingDays: number,
): ClockAnswer {
  const effective = workingDayOnOrAfter(calendar, notifiedOn);
  const dueOn = addWorkingDays(calendar, effective, workingDays);
  return {
    clock: 'commission-notice',
    dueOn,
    citation: 'art. 58-1',
    provisional: false,
    why: [
      { kind: 'start', on: effective, event: 'employee-notified' },
      { kind: 'term', term: { unit: 'working-days', amount: workingDays }, endsOn: dueOn },
    ],
  };
}

export function checkNotice(
  calendar: WorkingCalendar,
  notifiedOn: LocalDate,
  sessionOn: LocalDate,
  workingDays: number,
): DomainError | undefined {
  const earliest = commissionNoticeClock(calendar, notifiedOn, workingDays).dueOn;
  return isBefore(sessionOn, earliest)
    ? domainError('COMMISSION_NOTICE_TOO_SHORT', { workingDays, earliest })
    : undefined;
}
