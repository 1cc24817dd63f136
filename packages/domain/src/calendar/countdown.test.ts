import fc from 'fast-check';
import { kazakhstanCalendar } from './kz-calendar';
import { workingDaysLeft } from './countdown';
import { addWorkingDays } from './working-days';
import { fromEpochDay, toEpochDay } from '../time/local-date';

describe('working days left before a deadline', () => {
  const calendar = kazakhstanCalendar;

  it('counts the working days after today up to the deadline, skipping weekends and holidays', () => {
    // Friday 2025-03-14 → Tuesday 2025-03-18: Monday and Tuesday are left.
    expect(workingDaysLeft(calendar, '2025-03-14', '2025-03-18')).toBe(2);
    // Nauryz 2025 (21-25 March, with the transferred days off): Thursday 20 March → Wednesday 26 March is one day.
    expect(workingDaysLeft(calendar, '2025-03-20', '2025-03-26')).toBe(1);
    expect(workingDaysLeft(calendar, '2025-03-18', '2025-03-18')).toBe(0);
  });

  it('is negative past the deadline: the working days overdue', () => {
    expect(workingDaysLeft(calendar, '2025-03-18', '2025-03-14')).toBe(-2);
  });

  it('adding n working days to today gives a deadline n working days away', () => {
    const day = fc
      .integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2027-10-01') })
      .map(fromEpochDay);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (today, n) => {
        expect(workingDaysLeft(calendar, today, addWorkingDays(calendar, today, n))).toBe(n);
        expect(workingDaysLeft(calendar, today, today)).toBe(0);
      }),
    );
  });
});
