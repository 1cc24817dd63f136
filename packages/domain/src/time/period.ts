import { addDays, daysBetween, isAfter, isBefore, maxDate, minDate, type LocalDate } from './local-date';

/** A closed range of calendar days, both ends included (as in "on vacation from 3 to 17 March"). */
export interface Period {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

export const isValidPeriod = (p: Period): boolean => !isAfter(p.from, p.to);
export const periodLength = (p: Period): number => daysBetween(p.from, p.to) + 1;
export const periodContains = (p: Period, date: LocalDate): boolean =>
  !isBefore(date, p.from) && !isAfter(date, p.to);

/** The overlap of two periods, or undefined when they do not meet. */
export function intersect(a: Period, b: Period): Period | undefined {
  const from = maxDate(a.from, b.from);
  const to = minDate(a.to, b.to);
  return isAfter(from, to) ? undefined : { from, to };
}

/** Merges overlapping or adjacent periods so that no day is counted twice. */
export function mergePeriods(periods: readonly Period[]): Period[] {
  const sorted = [...periods].sort((a, b) => daysBetween(b.from, a.from));
  const merged: Period[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && !isAfter(p.from, addDays(last.to, 1))) {
      merged[merged.length - 1] = { from: last.from, to: maxDate(last.to, p.to) };
    } else {
      merged.push(p);
    }
  }
  return merged;
}
