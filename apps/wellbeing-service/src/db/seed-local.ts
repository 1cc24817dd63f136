import { type DataSource } from 'typeorm';

/** Units and staff for the local run and tests; production fills unit_staff from HR. */
export const LOCAL_UNIT_STAFF = [
  { unitId: 'unit-almaty-3', staffRef: 'psychologist-almaty-1', isLead: true },
  { unitId: 'unit-almaty-3', staffRef: 'hr-almaty-1', isLead: false },
  { unitId: 'unit-astana-1', staffRef: 'psychologist-astana-1', isLead: true },
  { unitId: 'unit-astana-1', staffRef: 'hr-astana-1', isLead: false },
  { unitId: 'unit-shymkent-2', staffRef: 'psychologist-shymkent-1', isLead: true },
] as const;

export async function seedLocalUnitStaff(dataSource: DataSource): Promise<void> {
  for (const row of LOCAL_UNIT_STAFF) {
    await dataSource.query(
      `INSERT INTO wellbeing.unit_staff (unit_id, staff_ref, is_lead) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [row.unitId, row.staffRef, row.isLead],
    );
  }
}
