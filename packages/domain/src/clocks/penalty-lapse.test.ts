import fc from 'fast-check';
import { addDays, addMonths, isAfter, isBefore } from '../time/local-date';
import { penaltyExpiryClock, penaltyLapse, penaltyTermClock, type PenaltyTerm } from './penalty-term';

const term = (penaltyId: string, imposedOn: string): PenaltyTerm => ({
  penaltyId,
  imposedOn,
  expiresOn: penaltyExpiryClock(imposedOn).dueOn,
});

describe('art. 57 p.17: a penalty lapses after 6 months only without a new penalty', () => {
  const first = term('case-a/x/v1', '2025-01-10');

  it('lapses at 6 months when no new penalty came', () => {
    expect(penaltyLapse(first, [])).toEqual({ lapsesOn: '2025-07-10', carriedBy: [] });
    // Earlier penalties, ones on the same day and ones after the term do not carry it.
    expect(
      penaltyLapse(first, [
        term('old', '2024-12-01'),
        term('same', '2025-01-10'),
        term('after', '2025-07-10'),
      ]),
    ).toEqual({ lapsesOn: '2025-07-10', carriedBy: [] });
  });

  it('a new penalty within the term keeps it in force until the new one ends, along the chain', () => {
    const second = term('case-b/x/v1', '2025-03-01');
    const third = term('case-c/x/v1', '2025-08-20');
    expect(penaltyLapse(first, [second])).toEqual({ lapsesOn: '2025-09-01', carriedBy: ['case-b/x/v1'] });
    expect(penaltyLapse(first, [third, second])).toEqual({
      lapsesOn: '2026-02-20',
      carriedBy: ['case-b/x/v1', 'case-c/x/v1'],
    });
  });

  it('shows the longer term and why', () => {
    const clock = penaltyTermClock({ imposedOn: '2025-01-10', expiresOn: '2025-09-01' });
    expect(clock.dueOn).toBe('2025-09-01');
    expect(clock.why.at(-1)).toMatchObject({ kind: 'extended', days: 53 });
    expect(penaltyTermClock(first)).toEqual(penaltyExpiryClock('2025-01-10'));
  });

  it('property: never before its own 6 months; later only when a new penalty came within the term', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, fc.array(day, { maxLength: 6 }), (imposedOn, others) => {
        const p = term('p', imposedOn);
        const terms = others.map((d, i) => term(`o${i}`, d));
        const { lapsesOn, carriedBy } = penaltyLapse(p, terms);
        expect(isBefore(lapsesOn, p.expiresOn)).toBe(false);
        const within = terms.some(
          (o) => isAfter(o.imposedOn, imposedOn) && isBefore(o.imposedOn, p.expiresOn),
        );
        expect(carriedBy.length > 0).toBe(within);
        // No penalty of the officer was imposed after this one and before the day it lapses without ending after it.
        for (const o of terms)
          if (isAfter(o.imposedOn, imposedOn) && isBefore(o.imposedOn, lapsesOn))
            expect(isAfter(o.expiresOn, lapsesOn)).toBe(false);
        expect(isAfter(lapsesOn, addMonths(imposedOn, 6 * (carriedBy.length + 1)))).toBe(false);
      }),
    );
  });
});
