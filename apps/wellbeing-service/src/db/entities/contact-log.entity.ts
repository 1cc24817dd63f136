import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

export const CONTACT_CHANNELS = ['phone', 'in-person', 'message', 'no-answer'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

@Entity({ schema: WELLBEING_SCHEMA, name: 'contact_log' })
export class ContactLogEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'task_id' }) taskId!: string;
  @Column('text', { name: 'staff_ref' }) staffRef!: string;
  @Column('text') channel!: ContactChannel;
  @Column('text') note!: string;
  @Column('timestamptz', { name: 'contacted_at' }) contactedAt!: Date;
}
