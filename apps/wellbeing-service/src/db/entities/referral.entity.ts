import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

export const REFERRAL_KINDS = ['psychologist', 'peer-support', 'hr'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

@Entity({ schema: WELLBEING_SCHEMA, name: 'referrals' })
export class ReferralEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'task_id' }) taskId!: string;
  @Column('text') kind!: ReferralKind;
  @Column('text') note!: string;
  @Column('text', { name: 'referred_by' }) referredBy!: string;
  @Column('timestamptz', { name: 'referred_at' }) referredAt!: Date;
}
