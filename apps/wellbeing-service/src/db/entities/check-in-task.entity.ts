import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

/** `restoration-follow-up`: the HR support follow-up of an officer cleared of the allegations. */
export type TaskKind = 'check-in' | 'urgent-self-check-in' | 'restoration-follow-up';
export type TaskStatus = 'open' | 'closed' | 'cancelled';
export type TaskPriority = 'normal' | 'urgent';

/** A piece of work for wellbeing/HR staff: contact the person, log it, refer, close with an outcome. */
@Entity({ schema: WELLBEING_SCHEMA, name: 'check_in_tasks' })
export class CheckInTaskEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'plan_id' }) planId!: string;
  @Column('text', { name: 'person_ref' }) personRef!: string;
  @Column('text', { name: 'unit_id' }) unitId!: string;
  @Column('text', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('int', { name: 'check_in_number', nullable: true }) checkInNumber!: number | null;
  @Column('date', { name: 'due_on', nullable: true }) dueOn!: string | null;
  @Column('text') kind!: TaskKind;
  @Column('text') status!: TaskStatus;
  @Column('text') priority!: TaskPriority;
  @Column('boolean') escalated!: boolean;
  @Column('text', { name: 'assigned_to', nullable: true }) assignedTo!: string | null;
  @Column('text', { nullable: true }) outcome!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
}
