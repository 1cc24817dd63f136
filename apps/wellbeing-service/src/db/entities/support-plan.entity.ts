import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

export type PlanOrigin = 'follow-up-event' | 'assault-on-duty';
export type PlanStatus = 'active' | 'ended';
export type ConsentState = 'pending' | 'given' | 'declined' | 'stopped';

/** A support plan as wellbeing knows it: from a follow-up event (case-linked) or started here (assault on duty). */
@Entity({ schema: WELLBEING_SCHEMA, name: 'support_plans' })
export class SupportPlanEntity {
  @PrimaryColumn('text', { name: 'plan_id' }) planId!: string;
  @Column('text', { name: 'person_ref' }) personRef!: string;
  @Column('text') role!: string;
  @Column('text', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('text', { name: 'unit_id' }) unitId!: string;
  @Column('text') origin!: PlanOrigin;
  @Column('text', { name: 'incident_ref', nullable: true }) incidentRef!: string | null;
  @Column('date', { name: 'starts_on', nullable: true }) startsOn!: string | null;
  @Column('text') status!: PlanStatus;
  @Column('text', { name: 'consent_state' }) consentState!: ConsentState;
  /** The officer's current consent to the HR inspector reading the plan's check-in answers. */
  @Column('boolean', { name: 'answers_to_hr', default: false }) answersToHr!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
