import { isAfter, type LocalDate } from '../time/local-date';
import type { WorkingCalendar } from './day-info';
import { workingDaysBetween } from './working-days';

/**
 * How many working days a person has left before a deadline, counted as the law counts terms: the working days
 * after `today` up to and including `dueOn` (0 on the day itself, and 0 when the day is off and the deadline
 * is the next working day). Past the deadline the count is negative: working days overdue.
 */
export function workingDaysLeft(calendar: WorkingCalendar, today: LocalDate, dueOn: LocalDate): number {
  return isAfter(today, dueOn)
    ? -workingDaysBetween(calendar, dueOn, today)
    : workingDaysBetween(calendar, today, dueOn);
}
