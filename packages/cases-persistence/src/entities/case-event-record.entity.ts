import type { CaseEvent } from '@qorgau/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CASES_SCHEMA } from '../schema';

/** One domain event of a case, in order: the case's timeline and audit of what the decider decided. */
@Entity({ schema: CASES_SCHEMA, name: 'case_event' })
export class CaseEventRecord {
  @PrimaryColumn('text', { name: 'case_id' })
  caseId!: string;

  @PrimaryColumn('int')
  seq!: number;

  @Column('uuid', { name: 'event_id', unique: true })
  eventId!: string;

  @Column('text')
  type!: string;

  @Column('jsonb')
  data!: CaseEvent;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('text', { name: 'request_id', nullable: true })
  requestId!: string | null;

  @Column('text', { name: 'actor_ref', nullable: true })
  actorRef!: string | null;

  /** The idempotency key of the command that decided this event (the update id; `auto-<key>` for a notice's). */
  @Column('text', { name: 'command_id', nullable: true })
  commandId!: string | null;
}
