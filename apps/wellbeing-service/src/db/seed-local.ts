import { type DataSource } from 'typeorm';
import { type StaffKind } from './entities/unit-staff.entity';

/**
 * Units and staff for the local run and tests; production fills unit_staff from HR. Unit almaty-3 is the
 * cases-service seed's unit, with its seed people (`psychologist-1`, `hr-1`), so the tasks of the seed's cases
 * reach the people who sign in locally.
 */
export const LOCAL_UNIT_STAFF: readonly {
  unitId: string;
  staffRef: string;
  isLead: boolean;
  staffRole: StaffKind;
}[] = [
  { unitId: 'unit-almaty-3', staffRef: 'psychologist-1', isLead: true, staffRole: 'wellbeing-staff' },
  { unitId: 'unit-almaty-3', staffRef: 'hr-1', isLead: false, staffRole: 'hr-inspector' },
  { unitId: 'unit-astana-1', staffRef: 'psychologist-astana-1', isLead: true, staffRole: 'wellbeing-staff' },
  { unitId: 'unit-astana-1', staffRef: 'hr-astana-1', isLead: false, staffRole: 'hr-inspector' },
  {
    unitId: 'unit-shymkent-2',
    staffRef: 'psychologist-shymkent-1',
    isLead: true,
    staffRole: 'wellbeing-staff',
  },
];

/** Earlier local seed names for unit almaty-3: removed, or the old lead would keep the unit's lead seat. */
const RETIRED_LOCAL_STAFF = ['psychologist-almaty-1', 'hr-almaty-1'];

export async function seedLocalUnitStaff(dataSource: DataSource): Promise<void> {
  await dataSource.query(`DELETE FROM wellbeing.unit_staff WHERE staff_ref = ANY($1)`, [RETIRED_LOCAL_STAFF]);
  for (const row of LOCAL_UNIT_STAFF) {
    await dataSource.query(
      `INSERT INTO wellbeing.unit_staff (unit_id, staff_ref, is_lead, staff_role) VALUES ($1, $2, $3, $4)
       ON CONFLICT (unit_id, staff_ref) DO UPDATE SET staff_role = EXCLUDED.staff_role`,
      [row.unitId, row.staffRef, row.isLead, row.staffRole],
    );
  }
}
