import { type Role } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';

export interface SeedUnit {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}
export interface SeedOfficer {
  readonly personRef: string;
  readonly unitId: string;
  readonly fullName: string;
  readonly roles: readonly Role[];
}

const UNIT = 'unit-almaty-3';

/** A department and one of its units; the people of the seed's case (officer-a, officer-b, colleague-c). */
export const SEED_UNITS: readonly SeedUnit[] = [
  { id: 'dept-almaty', name: 'Almaty city police department', parentId: null },
  { id: UNIT, name: 'Almaty, 3rd district police unit', parentId: 'dept-almaty' },
];

export const SEED_OFFICERS: readonly SeedOfficer[] = [
  { personRef: 'officer-a', unitId: UNIT, fullName: 'Officer A (applicant, subject)', roles: ['officer'] },
  { personRef: 'officer-b', unitId: UNIT, fullName: 'Officer B (subject)', roles: ['officer'] },
  { personRef: 'colleague-c', unitId: UNIT, fullName: 'Colleague C (witness)', roles: ['officer'] },
  { personRef: 'head-1', unitId: UNIT, fullName: 'Head of the unit', roles: ['head'] },
  // Acts for head-1 when they are absent or recused (an acting head approves the conclusion in their place).
  { personRef: 'head-2', unitId: UNIT, fullName: 'Deputy head of the unit', roles: ['head'] },
  { personRef: 'inv-1', unitId: UNIT, fullName: 'Investigator 1', roles: ['investigator'] },
  { personRef: 'inv-2', unitId: UNIT, fullName: 'Investigator 2', roles: ['investigator'] },
  { personRef: 'chair-1', unitId: UNIT, fullName: 'Commission chair', roles: ['commission-chair'] },
  {
    personRef: 'secretary-1',
    unitId: UNIT,
    fullName: 'Commission secretary',
    roles: ['commission-secretary'],
  },
  { personRef: 'member-1', unitId: UNIT, fullName: 'Commission member 1', roles: ['commission-member'] },
  { personRef: 'member-2', unitId: UNIT, fullName: 'Commission member 2', roles: ['commission-member'] },
  { personRef: 'member-3', unitId: UNIT, fullName: 'Commission member 3', roles: ['commission-member'] },
  {
    personRef: 'higher-1',
    unitId: 'dept-almaty',
    fullName: 'Head of the department',
    roles: ['higher-official'],
  },
  { personRef: 'psychologist-1', unitId: UNIT, fullName: 'Psychologist', roles: ['wellbeing-staff'] },
  { personRef: 'hr-1', unitId: UNIT, fullName: 'HR inspector', roles: ['hr-inspector'] },
  { personRef: 'auditor-1', unitId: 'dept-almaty', fullName: 'Internal auditor', roles: ['auditor'] },
  { personRef: 'admin-1', unitId: 'dept-almaty', fullName: 'IT administrator', roles: ['admin'] },
];

/** art. 58-1: at least five members, one chair, one secretary. */
export const SEED_COMMISSION = [
  { personRef: 'chair-1', role: 'chair' },
  { personRef: 'secretary-1', role: 'secretary' },
  { personRef: 'member-1', role: 'member' },
  { personRef: 'member-2', role: 'member' },
  { personRef: 'member-3', role: 'member' },
] as const;

/** Upserts the directory: running it again changes nothing (same rows, updated in place). */
export async function seedDirectory(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (const u of SEED_UNITS) {
      await manager.query(
        `INSERT INTO cases.org_unit (id, name, parent_id) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, parent_id = EXCLUDED.parent_id`,
        [u.id, u.name, u.parentId],
      );
    }
    for (const o of SEED_OFFICERS) {
      await manager.query(
        `INSERT INTO cases.officer (person_ref, unit_id, full_name, roles) VALUES ($1, $2, $3, $4)
         ON CONFLICT (person_ref) DO UPDATE
           SET unit_id = EXCLUDED.unit_id, full_name = EXCLUDED.full_name, roles = EXCLUDED.roles`,
        [o.personRef, o.unitId, o.fullName, o.roles],
      );
    }
    for (const m of SEED_COMMISSION) {
      await manager.query(
        `INSERT INTO cases.commission_member (unit_id, person_ref, role) VALUES ($1, $2, $3)
         ON CONFLICT (unit_id, person_ref) DO UPDATE SET role = EXCLUDED.role`,
        [UNIT, m.personRef, m.role],
      );
    }
  });
}
