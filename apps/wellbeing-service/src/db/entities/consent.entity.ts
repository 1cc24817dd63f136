import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

export type ConsentDecision = 'given' | 'declined' | 'stopped';
/** `support`: the plan itself; `answers-to-hr`: the HR inspector may read the check-in answers. */
export type ConsentScope = 'support' | 'answers-to-hr';

/** Every consent decision, kept: the plan's consent_state and answers_to_hr are the latest of each scope. */
@Entity({ schema: WELLBEING_SCHEMA, name: 'consents' })
export class ConsentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'plan_id' }) planId!: string;
  @Column('text', { name: 'person_ref' }) personRef!: string;
  @Column('text') decision!: ConsentDecision;
  @Column('text', { default: 'support' }) scope!: ConsentScope;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
}
