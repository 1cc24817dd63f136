import fc from 'fast-check';
import { addDays, daysBetween, fromEpochDay, isAfter } from '../time/local-date';
import type { ClockPause } from './clock';
import { pausedDeadline, termEnd } from './pausable';

describe('pausable legal clocks', () => {
  const base = {
    start: '2025-02-10',
    startEvent: 'investigation-ordered',
    term: { unit: 'months', amount: 1 },
  } as const;

  it('without pauses, a month term ends on the same day next month', () => {
    const r = pausedDeadline({ ...base, pauses: [], asOf: '2025-02-10' });
    expect(r.dueOn).toBe('2025-03-10');
    expect(r.provisional).toBe(false);
    expect(r.why).toEqual([
      { kind: 'start', on: '2025-02-10', event: 'investigation-ordered' },
      { kind: 'term', term: { unit: 'months', amount: 1 }, endsOn: '2025-03-10' },
    ]);
  });

  it('paused days inside the running term move the end; overlapping pauses count once', () => {
    const pauses: ClockPause[] = [
      { cause: 'vacation', from: '2025-02-20', to: '2025-02-24' },
      { cause: 'sick-leave', from: '2025-02-23', to: '2025-02-25' },
    ];
    const r = pausedDeadline({ ...base, pauses, asOf: '2025-02-10' });
    expect(r.dueOn).toBe('2025-03-16');
    expect(r.why).toContainEqual({ kind: 'paused-total', days: 6 });
  });

  it('a pause reached only because of earlier pauses is counted too (fixpoint)', () => {
    const pauses: ClockPause[] = [
      { cause: 'vacation', from: '2025-02-20', to: '2025-02-24' },
      { cause: 'expertise', from: '2025-03-12', to: '2025-03-13' },
    ];
    expect(pausedDeadline({ ...base, pauses, asOf: '2025-02-10' }).dueOn).toBe('2025-03-17');
  });

  it('pauses before the start or after the end do not count', () => {
    const pauses: ClockPause[] = [
      { cause: 'vacation', from: '2025-01-01', to: '2025-02-10' },
      { cause: 'vacation', from: '2025-03-11', to: '2025-03-20' },
    ];
    expect(pausedDeadline({ ...base, pauses, asOf: '2025-02-10' }).dueOn).toBe('2025-03-10');
  });

  it('an open pause runs through the asOf day and makes the answer provisional', () => {
    const pauses: ClockPause[] = [{ cause: 'appeal', from: '2025-02-15' }];
    const r = pausedDeadline({ ...base, pauses, asOf: '2025-02-20' });
    expect(r.dueOn).toBe('2025-03-16');
    expect(r.provisional).toBe(true);
    expect(r.why).toContainEqual({ kind: 'still-paused', cause: 'appeal', since: '2025-02-15' });
    // An open pause that starts after asOf counts only its first day.
    expect(
      pausedDeadline({ ...base, pauses: [{ cause: 'appeal', from: '2025-03-01' }], asOf: '2025-02-20' })
        .dueOn,
    ).toBe('2025-03-11');
  });

  it('calendar-day terms and extra days; working-day terms need a calendar', () => {
    expect(termEnd('2025-02-10', { unit: 'calendar-days', amount: 3 })).toBe('2025-02-13');
    expect(pausedDeadline({ ...base, pauses: [], asOf: '2025-02-10', extraDays: 30 }).dueOn).toBe(
      '2025-04-09',
    );
    expect(() => termEnd('2025-02-10', { unit: 'working-days', amount: 3 })).toThrow(RangeError);
  });

  const pauseArb = fc
    .record({ offset: fc.integer({ min: -40, max: 400 }), length: fc.integer({ min: 0, max: 60 }) })
    .map(({ offset, length }) => ({ offset, length }));

  it('property: pauses only extend deadlines, by at most the paused days, and more pauses never shorten them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 22_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(pauseArb, { maxLength: 5 }),
        pauseArb,
        (startDay, months, raw, extra) => {
          const start = fromEpochDay(startDay);
          const toPause = (p: { offset: number; length: number }): ClockPause => ({
            cause: 'vacation',
            from: addDays(start, p.offset),
            to: addDays(start, p.offset + p.length),
          });
          const pauses = raw.map(toPause);
          const args = {
            start,
            startEvent: 'x',
            term: { unit: 'months' as const, amount: months },
            asOf: start,
          };
          const plain = pausedDeadline({ ...args, pauses: [] }).dueOn;
          const paused = pausedDeadline({ ...args, pauses }).dueOn;
          const more = pausedDeadline({ ...args, pauses: [...pauses, toPause(extra)] }).dueOn;
          const pausedDays = pauses.reduce((n, p) => n + daysBetween(p.from, p.to as string) + 1, 0);
          expect(isAfter(plain, paused)).toBe(false);
          expect(daysBetween(plain, paused)).toBeLessThanOrEqual(pausedDays);
          expect(isAfter(paused, more)).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: clocks never run backwards as days pass (asOf moves forward)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 30 }),
        (pauseStart, asOfA, step) => {
          const start = '2025-02-10';
          const pauses: ClockPause[] = [{ cause: 'expertise', from: addDays(start, pauseStart) }];
          const at = (d: number) =>
            pausedDeadline({
              start,
              startEvent: 'x',
              term: { unit: 'months', amount: 1 },
              pauses,
              asOf: addDays(start, d),
            }).dueOn;
          expect(isAfter(at(asOfA), at(asOfA + step))).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
