import type { WorkingCalendar } from '../calendar/day-info';
import { addWorkingDays, workingDayOnOrAfter } from '../calendar/working-days';
import { addDays, addMonths, type LocalDate } from '../time/local-date';
import type { ClockAnswer, ClockName, Term } from './clock';

function fixedClock(
  clock: ClockName,
  citation: string,
  start: LocalDate,
  startEvent: string,
  term: Term,
  dueOn: LocalDate,
): ClockAnswer {
  return {
    clock,
    dueOn,
    citation,
    provisional: false,
    why: [
      { kind: 'start', on: start, event: startEvent },
      { kind: 'term', term, endsOn: dueOn },
    ],
  };
}

const workingDaysClock = (
  clock: ClockName,
  citation: string,
  calendar: WorkingCalendar,
  start: LocalDate,
  startEvent: string,
  days: number,
): ClockAnswer =>
  fixedClock(
    clock,
    citation,
    start,
    startEvent,
    { unit: 'working-days', amount: days },
    addWorkingDays(calendar, start, days),
  );

const calendarDaysClock = (
  clock: ClockName,
  citation: string,
  start: LocalDate,
  startEvent: string,
  days: number,
): ClockAnswer =>
  fixedClock(
    clock,
    citation,
    start,
    startEvent,
    { unit: 'calendar-days', amount: days },
    addDays(start, days),
  );

/** art. 57 p.3 demands a written explanation; its term is policy (`explanationDeadlineWorkingDays`). */
export const explanationClock = (calendar: WorkingCalendar, requestedOn: LocalDate, workingDays: number) =>
  workingDaysClock(
    'explanation',
    'art. 57 p.3; Qorgau policy: explanation deadline',
    calendar,
    requestedOn,
    'explanation-requested',
    workingDays,
  );

/** art. 58 p.5: the ordering head approves the conclusion within 3 calendar days of the investigation's end. */
export const conclusionApprovalClock = (endedOn: LocalDate) =>
  calendarDaysClock('conclusion-approval', 'art. 58 p.5', endedOn, 'investigation-ended', 3);

/** art. 58 p.8: the employee is familiarized with the approved conclusion within 3 working days. */
export const familiarizationClock = (calendar: WorkingCalendar, approvedOn: LocalDate) =>
  workingDaysClock(
    'conclusion-familiarization',
    'art. 58 p.8',
    calendar,
    approvedOn,
    'conclusion-approved',
    3,
  );

/** art. 57 p.8-9: the order is announced against signature within 3 working days. */
export const orderAnnouncementClock = (calendar: WorkingCalendar, orderedOn: LocalDate) =>
  workingDaysClock('order-announcement', 'art. 57 p.8-9', calendar, orderedOn, 'order-issued', 3);

/** art. 38: the suspension order is shown within 3 working days. */
export const suspensionAnnouncementClock = (calendar: WorkingCalendar, suspendedOn: LocalDate) =>
  workingDaysClock('suspension-announcement', 'art. 38', calendar, suspendedOn, 'suspended', 3);

/** art. 38: a suspension lasts at most one month; the last day it may cover. */
export const suspensionLimitClock = (suspendedFrom: LocalDate): ClockAnswer =>
  fixedClock(
    'suspension',
    'art. 38',
    suspendedFrom,
    'suspended',
    { unit: 'months', amount: 1 },
    addDays(addMonths(suspendedFrom, 1), -1),
  );

/**
 * The appeal period (art. 57 p.19-21 sets none; policy `appealPeriodCalendarDays`) from the announcement.
 * It binds the officer, so when its last day is a day off it ends on the next working day (the general
 * rule for a term that ends on a non-working day); terms that bind the employer are never lengthened.
 */
export function appealClock(
  calendar: WorkingCalendar,
  announcedOn: LocalDate,
  calendarDays: number,
  /** False only for cases under rule revision 0 (see DecisionEnvironment.ruleRevision). */
  endsOnWorkingDay = true,
): ClockAnswer {
  const plain = calendarDaysClock(
    'appeal',
    'art. 57 p.19-21; Qorgau policy: appeal period',
    announcedOn,
    'order-announced',
    calendarDays,
  );
  const dueOn = endsOnWorkingDay ? workingDayOnOrAfter(calendar, plain.dueOn) : plain.dueOn;
  return dueOn === plain.dueOn
    ? plain
    : {
        ...plain,
        dueOn,
        why: [...plain.why, { kind: 'moved-to-working-day', from: plain.dueOn, to: dueOn }],
      };
}
