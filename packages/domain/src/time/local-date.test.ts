import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  fromEpochDay,
  isAfter,
  isBefore,
  isLocalDate,
  maxDate,
  minDate,
  toEpochDay,
  weekdayOf,
  yearOf,
} from './local-date';

describe('LocalDate: ISO calendar dates without time zones', () => {
  it('converts to and from day numbers', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(0)).toBe('1970-01-01');
    expect(toEpochDay('2000-03-01')).toBe(11017);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(fromEpochDay(toEpochDay('2024-02-29'))).toBe('2024-02-29');
  });

  it('accepts only real dates in YYYY-MM-DD form', () => {
    expect(isLocalDate('2025-02-28')).toBe(true);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-13-01')).toBe(false);
    expect(isLocalDate('2025-1-01')).toBe(false);
    expect(isLocalDate(20250101)).toBe(false);
    expect(() => toEpochDay('nope')).toThrow(RangeError);
  });

  it('knows weekdays (ISO: Monday = 1)', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2025-03-21')).toBe(5);
    expect(weekdayOf('2025-03-23')).toBe(7);
    expect(weekdayOf('1969-12-29')).toBe(1);
  });

  it('adds days and compares', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(compareDates('2025-01-02', '2025-01-01')).toBe(1);
    expect(isBefore('2025-01-01', '2025-01-02')).toBe(true);
    expect(isAfter('2025-01-01', '2025-01-02')).toBe(false);
    expect(maxDate('2025-01-01', '2025-01-02')).toBe('2025-01-02');
    expect(minDate('2025-01-01', '2025-01-02')).toBe('2025-01-01');
    expect(yearOf('2025-06-01')).toBe(2025);
  });

  it('terms in months end on the same day, or the last day of a shorter month', () => {
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('property: day numbers round-trip and addDays is consistent with daysBetween', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000, max: 100_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (day, n) => {
          const date = fromEpochDay(day);
          expect(isLocalDate(date)).toBe(true);
          expect(toEpochDay(date)).toBe(day);
          expect(daysBetween(date, addDays(date, n))).toBe(n);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: a month term never runs backwards and never exceeds 31 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), (day) => {
        const date = fromEpochDay(day);
        const end = addMonths(date, 1);
        expect(daysBetween(date, end)).toBeGreaterThanOrEqual(28);
        expect(daysBetween(date, end)).toBeLessThanOrEqual(31);
      }),
      { numRuns: 200 },
    );
  });
});
