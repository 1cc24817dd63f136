import fc from 'fast-check';
import { type Principal, type Role } from '@qorgau/service-kit';
import { canReadUnit, readableUnits, unitSubtree, type UnitLink } from './directory-access';

const who = (roles: Role[], unitId: string): Principal => ({ personRef: 'p-1', roles, unitId, locale: 'ru' });

// dept ─┬─ district-1 ── post-1
//       └─ district-2
// other (a second top unit)
const UNITS: UnitLink[] = [
  { unitId: 'dept', parentUnitId: null },
  { unitId: 'post-1', parentUnitId: 'district-1' },
  { unitId: 'district-1', parentUnitId: 'dept' },
  { unitId: 'district-2', parentUnitId: 'dept' },
  { unitId: 'other', parentUnitId: null },
];

describe('who reads which units of the directory', () => {
  it('gives a head their unit and every unit under it, at any depth, and nothing above or beside', () => {
    expect([...readableUnits(who(['head'], 'dept'), UNITS)].sort()).toEqual([
      'dept',
      'district-1',
      'district-2',
      'post-1',
    ]);
    const district = readableUnits(who(['head'], 'district-1'), UNITS);
    expect(canReadUnit(district, 'post-1')).toBe(true);
    expect(canReadUnit(district, 'dept')).toBe(false);
    expect(canReadUnit(district, 'district-2')).toBe(false);
    expect(canReadUnit(district, 'other')).toBe(false);
  });

  it('gives an administrator every unit and other roles none', () => {
    expect(readableUnits(who(['admin'], 'dept'), UNITS)).toBe('all');
    for (const role of ['officer', 'investigator', 'commission-chair', 'auditor', 'hr-inspector'] as Role[])
      expect([...(readableUnits(who([role], 'dept'), UNITS) as Set<string>)]).toEqual([]);
  });

  it('reads exactly the units whose chain of parents reaches the root (any tree, even with a cycle)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 11 }), { minLength: 1, maxLength: 12 }),
        fc.nat(11),
        (parents, rootIndex) => {
          const units = parents.map((p, i) => ({
            unitId: `u${i}`,
            parentUnitId: p < 0 || p >= parents.length ? null : `u${p}`,
          }));
          const root = `u${rootIndex % parents.length}`;
          const parentOf = new Map(units.map((u) => [u.unitId, u.parentUnitId]));
          const reaches = (unitId: string) => {
            const seen = new Set<string>();
            for (
              let at: string | null = unitId;
              at !== null && !seen.has(at);
              at = parentOf.get(at) ?? null
            ) {
              if (at === root) return true;
              seen.add(at);
            }
            return false;
          };
          const subtree = unitSubtree(units, root);
          for (const u of units) expect(subtree.has(u.unitId)).toBe(reaches(u.unitId));
        },
      ),
    );
  });
});
