import { kazakhstanDateOf, type Instant } from '../time/instant';
import { yearOf } from '../time/local-date';
import type { CalendarCorrections, YearDataStatus } from './corrections';
import { defaultKzCorrections } from './kz-calendar';

/** How a year is covered by the calendar data: official, derived from the rules, or not at all. */
export const yearCoverage = (
  year: number,
  corrections: CalendarCorrections = defaultKzCorrections,
): YearDataStatus | 'missing' => corrections.years[String(year)]?.status ?? 'missing';

/**
 * The years a service needs at `now`: the current Kazakhstan year and the next ones a running case's terms reach
 * (`yearsAhead`, default 1: appeal periods, penalty terms and check-ins run into the next year).
 */
export const yearsNeededAt = (now: Instant, yearsAhead = 1): number[] => {
  const year = yearOf(kazakhstanDateOf(now));
  return Array.from({ length: yearsAhead + 1 }, (_, i) => year + i);
};

/**
 * A year without data in the calendar file would silently fall back to the bare rules and miss its transfer
 * decree, so a service needing it must not start: the message names each missing year (empty when all are there).
 */
export function calendarCoverageProblem(
  years: readonly number[],
  corrections: CalendarCorrections = defaultKzCorrections,
): string | undefined {
  const missing = years.filter((y) => yearCoverage(y, corrections) === 'missing');
  return missing.length === 0
    ? undefined
    : `The working calendar has no data for ${missing.join(', ')}: add ${missing.length > 1 ? 'these years' : 'the year'} to packages/domain/src/calendar/kz-calendar-data.json (holidays, transfer decree, status) before starting`;
}

/** Throws (naming the missing years) unless every year needed at `now` is in the calendar data: call it at boot. */
export function assertCalendarCovers(
  now: Instant,
  corrections: CalendarCorrections = defaultKzCorrections,
): void {
  const problem = calendarCoverageProblem(yearsNeededAt(now), corrections);
  if (problem) throw new Error(problem);
}
