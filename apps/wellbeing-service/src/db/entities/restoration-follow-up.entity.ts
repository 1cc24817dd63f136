import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

/**
 * An HR support follow-up from `case.restoration-started`, kept until the person's plan of that case (which
 * carries the unit) is known; `taskId` is set once the follow-up is a task.
 */
@Entity({ schema: WELLBEING_SCHEMA, name: 'restoration_follow_ups' })
export class RestorationFollowUpEntity {
  @PrimaryColumn('text', { name: 'case_id' }) caseId!: string;
  @PrimaryColumn('text', { name: 'person_ref' }) personRef!: string;
  @Column('date', { name: 'findings_notice_on', nullable: true }) findingsNoticeOn!: string | null;
  @Column('date', { name: 'hr_follow_up_on' }) hrFollowUpOn!: string;
  @Column('text', { name: 'event_id' }) eventId!: string;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('uuid', { name: 'task_id', nullable: true }) taskId!: string | null;
}
