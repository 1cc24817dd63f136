import fc from 'fast-check';
import { addDays } from '../time/local-date';
import { absencesAsPauses, blackoutOn, isBlackoutAbsence, type Absence } from './absences';
import { checkNotInBlackout, nextImposableDate } from './blackout';

const absence = (kind: Absence['kind'], from: string, to: string, extra: Partial<Absence> = {}): Absence => ({
  personRef: 'officer-a',
  kind,
  from,
  to,
  ...extra,
});

describe('blackout dates (art. 57 p.14)', () => {
  it('no penalty during sick leave, treatment, vacation or an unrelated business trip', () => {
    expect(isBlackoutAbsence(absence('sick-leave', '2025-03-01', '2025-03-05'))).toBe(true);
    expect(isBlackoutAbsence(absence('medical-treatment', '2025-03-01', '2025-03-05'))).toBe(true);
    expect(isBlackoutAbsence(absence('vacation', '2025-03-01', '2025-03-05'))).toBe(true);
    expect(isBlackoutAbsence(absence('business-trip', '2025-03-01', '2025-03-05'))).toBe(true);
    expect(
      isBlackoutAbsence(absence('business-trip', '2025-03-01', '2025-03-05', { caseRelated: true })),
    ).toBe(false);
    expect(isBlackoutAbsence(absence('other-valid-absence', '2025-03-01', '2025-03-05'))).toBe(false);
  });

  it('checks a date for one person only', () => {
    const absences = [absence('vacation', '2025-03-01', '2025-03-14')];
    expect(blackoutOn(absences, 'officer-a', '2025-03-14')?.kind).toBe('vacation');
    expect(blackoutOn(absences, 'officer-b', '2025-03-10')).toBeUndefined();
    expect(checkNotInBlackout(absences, 'officer-a', '2025-03-10')).toMatchObject({
      code: 'PENALTY_DATE_IN_BLACKOUT',
      citation: 'art. 57 p.14',
      params: { person: 'officer-a', on: '2025-03-10', absence: 'vacation' },
    });
    expect(checkNotInBlackout(absences, 'officer-a', '2025-03-15')).toBeUndefined();
  });

  it('finds the next date a penalty may be imposed, across back-to-back absences', () => {
    const absences = [
      absence('vacation', '2025-03-01', '2025-03-14'),
      absence('sick-leave', '2025-03-15', '2025-03-20'),
    ];
    expect(nextImposableDate(absences, 'officer-a', '2025-03-03')).toBe('2025-03-21');
    expect(nextImposableDate(absences, 'officer-a', '2025-02-27')).toBe('2025-02-27');
  });

  it('blackout absences pause the limitation clocks', () => {
    expect(
      absencesAsPauses([
        absence('vacation', '2025-03-01', '2025-03-14'),
        absence('other-valid-absence', '2025-04-01', '2025-04-02'),
      ]),
    ).toEqual([{ cause: 'vacation', from: '2025-03-01', to: '2025-03-14' }]);
  });

  it('property: no penalty date returned falls in a blackout period', () => {
    const arb = fc.array(
      fc.record({
        kind: fc.constantFrom(
          'sick-leave',
          'vacation',
          'business-trip',
          'medical-treatment',
          'other-valid-absence' as const,
        ),
        offset: fc.integer({ min: 0, max: 90 }),
        length: fc.integer({ min: 0, max: 30 }),
        person: fc.constantFrom('officer-a', 'officer-b'),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 120 }), (raw, from) => {
        const base = '2025-01-01';
        const absences: Absence[] = raw.map((r) => ({
          personRef: r.person,
          kind: r.kind as Absence['kind'],
          from: addDays(base, r.offset),
          to: addDays(base, r.offset + r.length),
        }));
        const date = nextImposableDate(absences, 'officer-a', addDays(base, from));
        expect(checkNotInBlackout(absences, 'officer-a', date)).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});
