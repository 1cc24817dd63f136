import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

export const STAFF_KINDS = ['wellbeing-staff', 'hr-inspector'] as const;
export type StaffKind = (typeof STAFF_KINDS)[number];

/** Which wellbeing/HR staff member covers a unit; the lead receives escalations. */
@Entity({ schema: WELLBEING_SCHEMA, name: 'unit_staff' })
export class UnitStaffEntity {
  @PrimaryColumn('text', { name: 'unit_id' }) unitId!: string;
  @PrimaryColumn('text', { name: 'staff_ref' }) staffRef!: string;
  @Column('boolean', { name: 'is_lead' }) isLead!: boolean;
  /** `hr-inspector` staff receive restoration follow-ups. */
  @Column('text', { name: 'staff_role' }) staffRole!: StaffKind;
}
