import fc from 'fast-check';
import { kazakhstanCalendar } from '../calendar/kz-calendar';
import { isWorkingDay } from '../calendar/working-days';
import { addDays } from '../time/local-date';
import {
  appealClock,
  conclusionApprovalClock,
  explanationClock,
  familiarizationClock,
  orderAnnouncementClock,
  suspensionAnnouncementClock,
  suspensionLimitClock,
} from './procedural';

const cal = kazakhstanCalendar;

describe('procedural clocks', () => {
  it('explanation deadline in working days (policy)', () => {
    expect(explanationClock(cal, '2025-03-19', 2)).toMatchObject({
      clock: 'explanation',
      dueOn: '2025-03-26',
    });
  });

  it('conclusion approval: 3 calendar days (art. 58 p.5)', () => {
    const c = conclusionApprovalClock('2025-03-20');
    expect(c).toMatchObject({ dueOn: '2025-03-23', citation: 'art. 58 p.5' });
    expect(c.why[1]).toEqual({
      kind: 'term',
      term: { unit: 'calendar-days', amount: 3 },
      endsOn: '2025-03-23',
    });
  });

  it('familiarization: 3 working days (art. 58 p.8), over Nauryz', () => {
    expect(familiarizationClock(cal, '2025-03-20')).toMatchObject({
      dueOn: '2025-03-28',
      citation: 'art. 58 p.8',
    });
  });

  it('order announcement: 3 working days (art. 57 p.8-9), over Independence Day', () => {
    expect(orderAnnouncementClock(cal, '2025-12-12')).toMatchObject({
      dueOn: '2025-12-18',
      citation: 'art. 57 p.8-9',
    });
  });

  it('suspension: at most one month, shown within 3 working days (art. 38)', () => {
    expect(suspensionLimitClock('2025-01-10').dueOn).toBe('2025-02-09');
    expect(suspensionAnnouncementClock(cal, '2025-01-10').dueOn).toBe('2025-01-15');
  });

  it('appeal period from the announcement (policy)', () => {
    expect(appealClock(kazakhstanCalendar, '2025-03-01', 30)).toMatchObject({
      dueOn: '2025-03-31',
      clock: 'appeal',
    });
  });

  it('an appeal period ending on a day off ends on the next working day (it binds the officer)', () => {
    // 2025-02-06 + 30 days = Saturday 2025-03-08 (Women's Day; its day off moves to Monday 03-10).
    const moved = appealClock(kazakhstanCalendar, '2025-02-06', 30);
    expect(moved.dueOn).toBe('2025-03-11');
    expect(moved.why).toContainEqual({ kind: 'moved-to-working-day', from: '2025-03-08', to: '2025-03-11' });
  });

  it('property: the appeal period ends on a working day, never before the plain term, at the first such day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 90 }), (offset, days) => {
        const announcedOn = addDays('2023-01-01', offset);
        const plain = addDays(announcedOn, days);
        const { dueOn } = appealClock(kazakhstanCalendar, announcedOn, days);
        if (!isWorkingDay(kazakhstanCalendar, dueOn) || dueOn < plain) return false;
        for (let d = plain; d < dueOn; d = addDays(d, 1))
          if (isWorkingDay(kazakhstanCalendar, d)) return false;
        return true;
      }),
    );
  });
});
