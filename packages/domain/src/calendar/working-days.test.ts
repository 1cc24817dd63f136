import type { WorkingCalendar } from './day-info';
import { kazakhstanCalendar } from './kz-calendar';
import {
  addWorkingDays,
  nextWorkingDay,
  previousWorkingDay,
  subtractWorkingDays,
  workingDayOnOrAfter,
  workingDaysBetween,
} from './working-days';

const cal = kazakhstanCalendar;

describe('working-day arithmetic on the Kazakhstan calendar', () => {
  it('counts working days after an event, skipping weekends and holidays', () => {
    // Thursday 20 March 2025 + 3 working days: (21-25 Nauryz and weekend off) 26 Wed, 27 Thu, 28 Fri.
    expect(addWorkingDays(cal, '2025-03-20', 3)).toBe('2025-03-28');
    expect(addWorkingDays(cal, '2025-03-20', 0)).toBe('2025-03-20');
    // 13 December 2025 (Sat) + 3: 15 Mon, (16 off), 17 Wed, 18 Thu.
    expect(addWorkingDays(cal, '2025-12-13', 3)).toBe('2025-12-18');
    // Working Saturday 4 May 2024 counts.
    expect(addWorkingDays(cal, '2024-05-03', 1)).toBe('2024-05-04');
  });

  it('finds neighbouring working days', () => {
    // Sunday 5 January 2025 was a working day by the transfer decree.
    expect(nextWorkingDay(cal, '2025-01-01')).toBe('2025-01-05');
    expect(previousWorkingDay(cal, '2025-01-05')).toBe('2024-12-31');
    expect(workingDayOnOrAfter(cal, '2025-01-06')).toBe('2025-01-06');
    expect(workingDayOnOrAfter(cal, '2025-03-22')).toBe('2025-03-26');
    expect(subtractWorkingDays(cal, '2025-03-28', 2)).toBe('2025-03-26');
  });

  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween(cal, '2025-03-20', '2025-03-28')).toBe(3);
    expect(workingDaysBetween(cal, '2025-03-27', '2025-03-20')).toBe(0);
  });

  it('refuses a calendar without working days instead of looping forever', () => {
    const never: WorkingCalendar = {
      id: 'never',
      dayInfo: (date) => ({ date, working: false, kind: 'weekend' }),
    };
    expect(() => nextWorkingDay(never, '2025-01-01')).toThrow(/no working day/);
  });
});
