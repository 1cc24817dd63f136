import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CASES_SCHEMA } from '../schema';

/**
 * A Kafka message written in the same transaction as the change it announces (transactional outbox);
 * a relay publishes unpublished rows in id order and stamps published_at. At-least-once: consumers dedupe
 * on the envelope's eventId.
 */
@Entity({ schema: CASES_SCHEMA, name: 'outbox' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid', { name: 'event_id', unique: true })
  eventId!: string;

  @Column('text')
  topic!: string;

  @Column('text', { name: 'message_key' })
  messageKey!: string;

  @Column('jsonb')
  envelope!: Record<string, unknown>;

  @Column('jsonb')
  headers!: Record<string, string>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;
}
