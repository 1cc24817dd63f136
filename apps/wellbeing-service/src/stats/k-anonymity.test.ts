import fc from 'fast-check';
import { MIN_GROUP_SIZE, periodOf, unitPeriodStats, type CheckInFact } from './k-anonymity';

const fact = fc.record({
  unitId: fc.constantFrom('unit-a', 'unit-b', 'unit-c'),
  personRef: fc.integer({ min: 1, max: 12 }).map((n) => `officer-${n}`),
  submittedOn: fc
    .tuple(fc.constantFrom(2025, 2026), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  urgent: fc.boolean(),
  byDimension: fc.record({
    stigmatization: fc.integer({ min: 0, max: 9 }),
    trust: fc.integer({ min: 0, max: 6 }),
    strain: fc.integer({ min: 0, max: 6 }),
  }),
});
const facts = fc.array(fact, { maxLength: 120 });
const granularity = fc.constantFrom('month' as const, 'quarter' as const);

const peopleIn = (all: readonly CheckInFact[], unitId: string, period: string, g: 'month' | 'quarter') =>
  new Set(
    all.filter((f) => f.unitId === unitId && periodOf(f.submittedOn, g) === period).map((f) => f.personRef),
  ).size;

describe('unitPeriodStats (k-anonymity)', () => {
  it('never returns a group of fewer than 5 people, whatever k is asked for', () => {
    fc.assert(
      fc.property(facts, granularity, fc.integer({ min: -3, max: 8 }), (all, g, k) => {
        for (const group of unitPeriodStats(all, g, k)) {
          expect(group.people).toBeGreaterThanOrEqual(Math.max(MIN_GROUP_SIZE, k));
          expect(peopleIn(all, group.unitId, group.period, g)).toBe(group.people);
        }
      }),
    );
  });

  it('reports every group that is large enough, with its true counts', () => {
    fc.assert(
      fc.property(facts, granularity, (all, g) => {
        const out = unitPeriodStats(all, g);
        const keys = new Set(all.map((f) => `${f.unitId}|${periodOf(f.submittedOn, g)}`));
        const bigEnough = [...keys].filter((key) => {
          const [unitId, period] = key.split('|') as [string, string];
          return peopleIn(all, unitId, period, g) >= MIN_GROUP_SIZE;
        });
        expect(out).toHaveLength(bigEnough.length);
        for (const group of out) {
          const members = all.filter(
            (f) => f.unitId === group.unitId && periodOf(f.submittedOn, g) === group.period,
          );
          expect(group.checkIns).toBe(members.length);
          expect(group.urgentCheckIns).toBe(members.filter((f) => f.urgent).length);
        }
      }),
    );
  });

  it('leaks no person reference', () => {
    fc.assert(
      fc.property(facts, granularity, (all, g) => {
        expect(JSON.stringify(unitPeriodStats(all, g))).not.toMatch(/officer-/);
      }),
    );
  });

  it('counts people, not check-ins: five check-ins by one officer are suppressed', () => {
    const one: CheckInFact = {
      unitId: 'unit-a',
      personRef: 'officer-1',
      submittedOn: '2026-01-05',
      urgent: false,
      byDimension: { stigmatization: 1, trust: 1, strain: 1 },
    };
    expect(unitPeriodStats(Array(5).fill(one), 'month')).toEqual([]);
    const five = [1, 2, 3, 4, 5].map((n) => ({ ...one, personRef: `officer-${n}` }));
    expect(unitPeriodStats(five, 'quarter')).toEqual([
      {
        unitId: 'unit-a',
        period: '2026-Q1',
        people: 5,
        checkIns: 5,
        urgentCheckIns: 0,
        meanByDimension: { stigmatization: 1, trust: 1, strain: 1 },
      },
    ]);
  });
});
