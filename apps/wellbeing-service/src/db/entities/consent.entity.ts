import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

export type ConsentDecision = 'given' | 'declined' | 'stopped';

/** Every consent decision, kept: the plan's consent_state is the latest of these. */
@Entity({ schema: WELLBEING_SCHEMA, name: 'consents' })
export class ConsentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'plan_id' }) planId!: string;
  @Column('text', { name: 'person_ref' }) personRef!: string;
  @Column('text') decision!: ConsentDecision;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
}
