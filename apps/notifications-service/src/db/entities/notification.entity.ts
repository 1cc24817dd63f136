import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { NOTIFICATIONS_SCHEMA } from '../schema';

/** What one person was told because of one event: a template and the parameters they may read. */
@Entity({ name: 'notifications', schema: NOTIFICATIONS_SCHEMA })
@Unique('notifications_once_per_event', ['eventId', 'recipientRef', 'template'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'recipient_ref', type: 'text' })
  recipientRef!: string;

  @Column({ type: 'text' })
  template!: string;

  @Column({ type: 'jsonb' })
  params!: Record<string, string | number>;

  @Column({ name: 'case_id', type: 'text', nullable: true })
  caseId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
