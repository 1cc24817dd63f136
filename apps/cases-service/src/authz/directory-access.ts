import { type Principal } from '@qorgau/service-kit';

/** A unit and the unit it belongs to (null at the top of the organisation). */
export interface UnitLink {
  readonly unitId: string;
  readonly parentUnitId: string | null;
}

/** `rootUnitId` and every unit under it, at any depth (a parent cycle in bad data ends the walk). */
export function unitSubtree(units: readonly UnitLink[], rootUnitId: string): Set<string> {
  const subtree = new Set<string>([rootUnitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units)
      if (u.parentUnitId !== null && subtree.has(u.parentUnitId) && !subtree.has(u.unitId)) {
        subtree.add(u.unitId);
        grew = true;
      }
  }
  return subtree;
}

/**
 * Which units' directory entries (the unit tree and each unit's commission compositions) the caller may read:
 * an administrator every unit; a head their own unit and the units under it, read-only (who sits on the
 * commissions they refer cases to, and since when). Everyone else none. Changing them stays with administrators.
 */
export function readableUnits(principal: Principal, units: readonly UnitLink[]): ReadonlySet<string> | 'all' {
  if (principal.roles.includes('admin')) return 'all';
  if (principal.roles.includes('head')) return unitSubtree(units, principal.unitId);
  return new Set();
}

export const canReadUnit = (readable: ReadonlySet<string> | 'all', unitId: string): boolean =>
  readable === 'all' || readable.has(unitId);
