import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { NOTIFICATIONS_SCHEMA } from '../schema';

export const CHANNELS = ['inbox', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/**
 * One notification on one channel. The id is the idempotency key (the e-mail's Message-ID). Inbox
 * deliveries are `sent` when stored; e-mail ones wait `pending` for the sender loop.
 */
@Entity({ name: 'deliveries', schema: NOTIFICATIONS_SCHEMA })
@Unique('deliveries_once_per_channel', ['notificationId', 'channel'])
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'notification_id', type: 'uuid' })
  notificationId!: string;

  @Column({ name: 'recipient_ref', type: 'text' })
  recipientRef!: string;

  @Column({ type: 'text' })
  channel!: Channel;

  @Column({ type: 'text' })
  status!: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The language chosen when the notification was routed. */
  @Column({ type: 'text' })
  locale!: string;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** W3C trace context (`traceparent`) of the event's processing: the e-mail sender continues that trace. */
  @Column({ name: 'trace_context', type: 'jsonb', nullable: true })
  traceContext!: Record<string, string> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
