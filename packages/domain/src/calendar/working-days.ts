import { addDays, isAfter, type LocalDate } from '../time/local-date';
import type { WorkingCalendar } from './day-info';

/** A safety bound: no real calendar goes ten years without a working day. */
const MAX_SCAN_DAYS = 3660;

export const isWorkingDay = (calendar: WorkingCalendar, date: LocalDate): boolean =>
  calendar.dayInfo(date).working;

function scan(calendar: WorkingCalendar, date: LocalDate, step: 1 | -1): LocalDate {
  let d = addDays(date, step);
  for (let i = 0; i < MAX_SCAN_DAYS; i++, d = addDays(d, step)) {
    if (isWorkingDay(calendar, d)) return d;
  }
  throw new Error(`Calendar ${calendar.id} has no working day within ${MAX_SCAN_DAYS} days of ${date}`);
}

/** The first working day strictly after `date`. */
export const nextWorkingDay = (calendar: WorkingCalendar, date: LocalDate): LocalDate =>
  scan(calendar, date, 1);

/** The last working day strictly before `date`. */
export const previousWorkingDay = (calendar: WorkingCalendar, date: LocalDate): LocalDate =>
  scan(calendar, date, -1);

/** `date` itself if it is a working day, else the next one. */
export const workingDayOnOrAfter = (calendar: WorkingCalendar, date: LocalDate): LocalDate =>
  isWorkingDay(calendar, date) ? date : nextWorkingDay(calendar, date);

/**
 * The n-th working day after `date` (the day of the event itself is not counted: a term in days
 * starts on the next day). n = 0 returns `date`.
 */
export function addWorkingDays(calendar: WorkingCalendar, date: LocalDate, n: number): LocalDate {
  let d = date;
  for (let i = 0; i < n; i++) d = nextWorkingDay(calendar, d);
  return d;
}

/** The n-th working day before `date` (for reminders ahead of a deadline). */
export function subtractWorkingDays(calendar: WorkingCalendar, date: LocalDate, n: number): LocalDate {
  let d = date;
  for (let i = 0; i < n; i++) d = previousWorkingDay(calendar, d);
  return d;
}

/** Working days in the half-open range (from, to]. */
export function workingDaysBetween(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): number {
  let count = 0;
  for (let d = addDays(from, 1); !isAfter(d, to); d = addDays(d, 1)) {
    if (isWorkingDay(calendar, d)) count++;
  }
  return count;
}
