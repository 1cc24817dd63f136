import fc from 'fast-check';
import { compositionKey, type DirectorySnapshot } from './directory-model';
import { planImport, type ImportPlan } from './directory-plan';
import { readBatch, type RawRow } from './directory-rows';

const EMPTY: DirectorySnapshot = { units: new Map(), officers: new Map(), compositions: new Map() };

const rows = (cells: Record<string, string>[]): RawRow[] => cells.map((c, i) => ({ line: i + 2, cells: c }));

/** The directory after a plan is applied (what the repository writes, in memory). */
function applied(snapshot: DirectorySnapshot, plan: ImportPlan): DirectorySnapshot {
  const units = new Map(snapshot.units);
  const officers = new Map(snapshot.officers);
  const compositions = new Map(snapshot.compositions);
  for (const c of plan.units) units.set(c.after.unitId, c.after);
  for (const c of plan.officers) officers.set(c.after.personRef, c.after);
  for (const c of plan.compositions)
    compositions.set(compositionKey(c.after.unitId, c.after.effectiveFrom), c.after);
  return { units, officers, compositions };
}

const exportOf = fc
  .record({
    units: fc.integer({ min: 1, max: 6 }),
    officers: fc.array(
      fc.record({
        unit: fc.nat(5),
        name: fc.constantFrom('Aigerim', 'Бауыржан', "O'Neil, Jr.", 'Дәулет'),
        roles: fc.subarray(['officer', 'investigator', 'head'], { minLength: 1 }),
        active: fc.boolean(),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ units, officers }) => ({
    units: rows(
      Array.from({ length: units }, (_, u) => ({
        unit_id: `u-${u}`,
        name: `Unit ${u}`,
        parent_unit_id: u === 0 ? '' : `u-${Math.floor((u - 1) / 2)}`,
      })),
    ),
    officers: rows(
      officers.map((o, i) => ({
        person_ref: `p-${i}`,
        full_name: o.name,
        unit_id: `u-${o.unit % units}`,
        roles: o.roles.join(';'),
        active: String(o.active),
      })),
    ),
  }));

describe('planImport', () => {
  it('plans every valid export; applying it and importing the same export again changes nothing', () => {
    fc.assert(
      fc.property(exportOf, (files) => {
        const { batch, issues } = readBatch(files, false);
        expect(issues).toEqual([]);
        const first = planImport(EMPTY, batch);
        if (!first.ok) throw new Error(JSON.stringify(first.issues));
        expect(first.plan.summary.officers.added).toBe(files.officers.length);
        const again = planImport(applied(EMPTY, first.plan), batch);
        if (!again.ok) throw new Error(JSON.stringify(again.issues));
        expect(again.plan.units.length + again.plan.officers.length).toBe(0);
        expect(again.plan.summary.officers.unchanged).toBe(files.officers.length);
      }),
    );
  });

  it('refuses the whole export when any row is wrong, naming each line and column', () => {
    fc.assert(
      fc.property(exportOf, fc.nat(), (files, pick) => {
        fc.pre(files.officers.length > 0);
        const broken = pick % files.officers.length;
        const officers = files.officers.map((r, i) =>
          i === broken ? { ...r, cells: { ...r.cells, unit_id: 'nowhere' } } : r,
        );
        const { batch } = readBatch({ ...files, officers }, false);
        const planned = planImport(EMPTY, batch);
        expect(planned.ok).toBe(false);
        if (!planned.ok)
          expect(planned.issues).toEqual([
            { file: 'officers', line: broken + 2, column: 'unit_id', rule: 'unknown_unit' },
          ]);
      }),
    );
  });

  it('finds a unit above itself, and a commission art. 58-1 refuses', () => {
    const { batch } = readBatch(
      {
        units: rows([
          { unit_id: 'a', name: 'A', parent_unit_id: 'b' },
          { unit_id: 'b', name: 'B', parent_unit_id: 'a' },
        ]),
      },
      false,
    );
    const cycle = planImport(EMPTY, batch);
    expect(cycle.ok ? [] : cycle.issues.map((i) => `${i.line} ${i.rule}`)).toEqual([
      '2 parent_cycle',
      '3 parent_cycle',
    ]);

    const withPeople = planImport(
      EMPTY,
      readBatch(
        {
          units: rows([{ unit_id: 'a', name: 'A' }]),
          officers: rows(
            [1, 2, 3, 4].map((n) => ({
              person_ref: `m-${n}`,
              full_name: 'M',
              unit_id: 'a',
              roles: 'officer',
            })),
          ),
          commissions: rows(
            [1, 2, 3, 4].map((n) => ({
              unit_id: 'a',
              effective_from: '2026-01-01',
              person_ref: `m-${n}`,
              commission_role: n === 1 ? 'chair' : n === 2 ? 'secretary' : 'member',
            })),
          ),
        },
        false,
      ).batch,
    );
    expect(withPeople.ok ? undefined : withPeople.issues[0]).toMatchObject({
      file: 'commissions',
      line: 2,
      rule: 'commission_composition',
      domainError: { code: 'COMMISSION_TOO_SMALL' },
    });
  });
});
