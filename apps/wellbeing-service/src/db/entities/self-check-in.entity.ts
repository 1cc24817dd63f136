import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

@Entity({ schema: WELLBEING_SCHEMA, name: 'self_check_ins' })
export class SelfCheckInEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'plan_id' }) planId!: string;
  @Column('text', { name: 'person_ref' }) personRef!: string;
  @Column('text', { name: 'unit_id' }) unitId!: string;
  @Column('jsonb') answers!: Record<string, string>;
  @Column('int') total!: number;
  @Column('jsonb', { name: 'by_dimension' }) byDimension!: Record<string, number>;
  @Column('boolean') urgent!: boolean;
  @Column('jsonb') reasons!: string[];
  @Column('text', { name: 'concern_text', nullable: true }) concernText!: string | null;
  @Column('boolean', { name: 'contact_requested' }) contactRequested!: boolean;
  @Column('text') language!: string;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt!: Date;
  @Column('date', { name: 'submitted_on' }) submittedOn!: string;
}
