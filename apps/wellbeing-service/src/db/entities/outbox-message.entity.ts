import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

/** An event written in the same transaction as the fact it reports; the relay publishes it afterwards. */
@Entity({ schema: WELLBEING_SCHEMA, name: 'outbox' })
export class OutboxMessageEntity {
  /** The event's eventId. */
  @PrimaryColumn('uuid') id!: string;
  @Column('text') topic!: string;
  @Column('jsonb') envelope!: Record<string, unknown>;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  @Column('int') attempts!: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
}
