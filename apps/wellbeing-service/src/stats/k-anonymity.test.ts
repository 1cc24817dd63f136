import fc from 'fast-check';
import {
  MIN_GROUP_SIZE,
  quarterOf,
  unitPeriodStats,
  type CheckInFact,
  type UnitPeriodStats,
} from './k-anonymity';
import { publishedQuarters, type StatsRequest } from './publication-grid';

const YEARS = [2025, 2026, 2027] as const;
const day = (years: readonly number[]) =>
  fc
    .tuple(fc.constantFrom(...years), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const fact = fc.record({
  unitId: fc.constantFrom('unit-a', 'unit-b', 'unit-c'),
  personRef: fc.integer({ min: 1, max: 12 }).map((n) => `officer-${n}`),
  submittedOn: day([2025, 2026]),
  urgent: fc.boolean(),
  byDimension: fc.record({
    stigmatization: fc.integer({ min: 0, max: 9 }),
    trust: fc.integer({ min: 0, max: 6 }),
    strain: fc.integer({ min: 0, max: 6 }),
  }),
});
const facts = fc.array(fact, { maxLength: 150 });

/** Every request the endpoint accepts: a year, or a year and a quarter. */
const ALLOWED: StatsRequest[] = YEARS.flatMap((year) => [
  { year },
  ...[1, 2, 3, 4].map((quarter) => ({ year, quarter })),
]);

/** What the endpoint answers to each allowed request on `today` (refused requests answer nothing). */
const answers = (all: readonly CheckInFact[], today: string) =>
  ALLOWED.flatMap((request) => {
    const grid = publishedQuarters(request, today);
    return grid.ok ? [{ request, groups: unitPeriodStats(all, grid.quarters) }] : [];
  });

const peopleIn = (all: readonly CheckInFact[], unitId: string, period: string) =>
  new Set(
    all.filter((f) => f.unitId === unitId && quarterOf(f.submittedOn) === period).map((f) => f.personRef),
  ).size;
const key = (g: Pick<UnitPeriodStats, 'unitId' | 'period'>) => `${g.unitId}|${g.period}`;
const sum = (
  groups: readonly UnitPeriodStats[],
  unitId: string,
  field: 'checkIns' | 'urgentCheckIns' | 'people',
) => groups.filter((g) => g.unitId === unitId).reduce((total, g) => total + g[field], 0);

describe('statistics on one fixed grid (unit × closed calendar quarter), k-anonymous', () => {
  it('differencing any two allowed answers yields only cells that are published themselves', () => {
    fc.assert(
      fc.property(facts, day([2025, 2026, 2027]), (all, today) => {
        const published = answers(all, today);
        // The whole grid as published: every cell, with the figures every answer must agree on.
        const cells = new Map<string, UnitPeriodStats>();
        for (const { groups } of published)
          for (const g of groups) {
            const seen = cells.get(key(g));
            if (seen) expect(g).toEqual(seen);
            else cells.set(key(g), g);
          }
        for (const a of published)
          for (const b of published) {
            const inA = new Set(a.groups.map(key));
            const inB = new Set(b.groups.map(key));
            const onlyA = a.groups.filter((g) => !inB.has(key(g)));
            const onlyB = b.groups.filter((g) => !inA.has(key(g)));
            for (const unitId of ['unit-a', 'unit-b', 'unit-c'])
              for (const field of ['checkIns', 'urgentCheckIns', 'people'] as const) {
                // The attacker's subtraction equals a signed sum of whole published cells ...
                expect(sum(a.groups, unitId, field) - sum(b.groups, unitId, field)).toBe(
                  sum(onlyA, unitId, field) - sum(onlyB, unitId, field),
                );
              }
            // ... each of at least k people, so nothing below k is isolated.
            for (const g of [...onlyA, ...onlyB]) {
              expect(cells.get(key(g))).toEqual(g);
              expect(peopleIn(all, g.unitId, g.period)).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
            }
          }
      }),
    );
  });

  it('never publishes a cell of fewer than k people, and no suppressed cell shows up in any answer', () => {
    fc.assert(
      fc.property(facts, day([2025, 2026, 2027]), fc.integer({ min: -3, max: 8 }), (all, today, k) => {
        for (const request of ALLOWED) {
          const grid = publishedQuarters(request, today);
          if (!grid.ok) continue;
          for (const group of unitPeriodStats(all, grid.quarters, k)) {
            expect(group.people).toBeGreaterThanOrEqual(Math.max(MIN_GROUP_SIZE, k));
            expect(peopleIn(all, group.unitId, group.period)).toBe(group.people);
          }
        }
      }),
    );
  });

  it('publishes a quarter only after it ends, so a cell never changes once out', () => {
    fc.assert(
      fc.property(facts, fact, day([2025, 2026, 2027]), (all, late, today) => {
        // A check-in submitted today or later cannot change any answer given today.
        const later = { ...late, submittedOn: today };
        for (const request of ALLOWED) {
          const grid = publishedQuarters(request, today);
          if (!grid.ok) continue;
          expect(unitPeriodStats([...all, later], grid.quarters)).toEqual(
            unitPeriodStats(all, grid.quarters),
          );
        }
      }),
    );
    expect(publishedQuarters({ year: 2026, quarter: 2 }, '2026-06-30')).toMatchObject({
      ok: false,
      field: 'quarter',
    });
    expect(publishedQuarters({ year: 2026, quarter: 2 }, '2026-07-01')).toEqual({
      ok: true,
      quarters: new Set(['2026-Q2']),
    });
    expect(publishedQuarters({ year: 2026 }, '2026-07-01')).toEqual({
      ok: true,
      quarters: new Set(['2026-Q1', '2026-Q2']),
    });
  });

  it('reports every cell that is large enough, with its true counts', () => {
    fc.assert(
      fc.property(facts, (all) => {
        const quarters = new Set(all.map((f) => quarterOf(f.submittedOn)));
        const out = unitPeriodStats(all, quarters);
        const keys = new Set(all.map((f) => `${f.unitId}|${quarterOf(f.submittedOn)}`));
        const bigEnough = [...keys].filter((k) => {
          const [unitId, period] = k.split('|') as [string, string];
          return peopleIn(all, unitId, period) >= MIN_GROUP_SIZE;
        });
        expect(out).toHaveLength(bigEnough.length);
        for (const group of out) {
          const members = all.filter(
            (f) => f.unitId === group.unitId && quarterOf(f.submittedOn) === group.period,
          );
          expect(group.checkIns).toBe(members.length);
          expect(group.urgentCheckIns).toBe(members.filter((f) => f.urgent).length);
        }
        expect(JSON.stringify(out)).not.toMatch(/officer-/);
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
    const q1 = new Set(['2026-Q1']);
    expect(unitPeriodStats(Array(5).fill(one), q1)).toEqual([]);
    const five = [1, 2, 3, 4, 5].map((n) => ({ ...one, personRef: `officer-${n}` }));
    expect(unitPeriodStats(five, q1)).toEqual([
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
