import { Entity, PrimaryColumn } from 'typeorm';
import { NOTIFICATIONS_SCHEMA } from '../schema';

/** Which wellbeing staff look after a unit's officers (seeded from WELLBEING_STAFF). */
@Entity({ name: 'unit_wellbeing_staff', schema: NOTIFICATIONS_SCHEMA })
export class UnitWellbeingStaffEntity {
  @PrimaryColumn({ name: 'unit_id', type: 'text' })
  unitId!: string;

  @PrimaryColumn({ name: 'person_ref', type: 'text' })
  personRef!: string;
}
