import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

export type ScheduledCheckInStatus = 'scheduled' | 'due' | 'cancelled';

/** The check-in schedule of plans started here; the due-task scheduler turns due rows into tasks. */
@Entity({ schema: WELLBEING_SCHEMA, name: 'scheduled_check_ins' })
export class ScheduledCheckInEntity {
  @PrimaryColumn('text', { name: 'plan_id' }) planId!: string;
  @PrimaryColumn('int', { name: 'check_in_number' }) checkInNumber!: number;
  @Column('int', { name: 'offset_days' }) offsetDays!: number;
  @Column('date', { name: 'due_on' }) dueOn!: string;
  @Column('text') status!: ScheduledCheckInStatus;
}
