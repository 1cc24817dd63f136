import { EVENT_CONTENT_TYPE, EVENT_HEADERS, TOPICS } from '@qorgau/contracts';
import type { CaseEvent, CaseState } from '@qorgau/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CaseEventRecord } from '../entities/case-event-record.entity';
import { CaseRecord } from '../entities/case-record.entity';
import { OutboxMessage } from '../entities/outbox-message.entity';
import { caseEventId } from '../event-ids';
import { publicCaseEvent } from '../public-case-event';

export interface TransitionInput {
  readonly caseId: string;
  /** How many events the case had before these: the version the decider saw. */
  readonly fromVersion: number;
  readonly events: readonly CaseEvent[];
  /** The state after applying `events` (evolve), stored as the case's projection. */
  readonly state: CaseState;
  readonly recordedAt: Date;
  readonly requestId?: string;
  /** The idempotency key of the command that decided these events (kept per event, see `unseen`). */
  readonly commandId?: string;
  readonly actorRef?: string;
  /**
   * When the case already holds events past `fromVersion`, answer them (`unseen`) instead of refusing. Only for a
   * caller that is the case's one writer and may have lost what it recorded: a workflow task whose local activity
   * committed and that was then retried (its worker died) decides again, from the version before.
   */
  readonly adoptUnseen?: boolean;
  /**
   * The W3C trace context (`traceparent`, `tracestate`) of the activity that records the transition: kept with each
   * outbox row, so the relay, which publishes later in another loop, continues the command's trace.
   */
  readonly traceHeaders?: Readonly<Record<string, string>>;
}

export interface TransitionResult {
  readonly version: number;
  readonly eventIds: readonly string[];
  /** True when exactly this transition was already recorded (a retried activity): nothing was written. */
  readonly duplicate: boolean;
  /** The recorded instant of the case's last event: the input's, or for `unseen` the last unseen event's. */
  readonly recordedAt: Date;
  /**
   * With `adoptUnseen`, when the case already held events past `fromVersion`: those events, in order, each with
   * the command that decided it. Nothing was written; the caller adopts them and decides again if its own command
   * is not among them.
   */
  readonly unseen?: readonly UnseenEvent[];
}

export interface UnseenEvent {
  readonly event: CaseEvent;
  readonly commandId: string | null;
}

/** Another transition was recorded from the same version: the caller's view of the case is stale. */
export class VersionConflictError extends Error {
  constructor(
    readonly caseId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`case ${caseId}: expected version ${expected}, found ${actual}`);
    this.name = 'VersionConflictError';
  }
}

export const PRODUCER = 'cases';

/**
 * Records one decided transition atomically: the events (timeline), the new state (projection) and one
 * outbox message per event, or nothing at all. Idempotent: recording the same transition twice is a no-op.
 */
export class TransitionRepository {
  constructor(private readonly dataSource: DataSource) {}

  record(input: TransitionInput): Promise<TransitionResult> {
    return this.dataSource.transaction((manager) => recordTransition(manager, input));
  }
}

export async function recordTransition(
  manager: EntityManager,
  input: TransitionInput,
): Promise<TransitionResult> {
  const { caseId, fromVersion, events, state, recordedAt } = input;
  const seqs = events.map((_, i) => fromVersion + i + 1);
  const eventIds = seqs.map((seq, i) => caseEventId(caseId, seq, events[i]));
  const toVersion = fromVersion + events.length;

  // Lock the case row so concurrent transitions of one case serialise here.
  const current = await manager
    .getRepository(CaseRecord)
    .createQueryBuilder('c')
    .setLock('pessimistic_write')
    .where('c.id = :caseId', { caseId })
    .getOne();
  const currentVersion = current?.version ?? 0;

  if (currentVersion >= toVersion && events.length > 0) {
    const recorded = await manager
      .getRepository(CaseEventRecord)
      .createQueryBuilder('e')
      .select('e.eventId')
      .where('e.caseId = :caseId AND e.seq BETWEEN :from AND :to', { caseId, from: seqs[0], to: toVersion })
      .orderBy('e.seq')
      .getMany();
    if (recorded.length === events.length && recorded.every((r, i) => r.eventId === eventIds[i])) {
      return { version: currentVersion, eventIds, duplicate: true, recordedAt };
    }
  }
  if (input.adoptUnseen && currentVersion > fromVersion) {
    const unseen = await manager
      .getRepository(CaseEventRecord)
      .createQueryBuilder('e')
      .where('e.caseId = :caseId AND e.seq > :fromVersion', { caseId, fromVersion })
      .orderBy('e.seq')
      .getMany();
    return {
      version: currentVersion,
      eventIds: unseen.map((e) => e.eventId),
      duplicate: false,
      recordedAt: unseen[unseen.length - 1]?.recordedAt ?? recordedAt,
      unseen: unseen.map((e) => ({ event: e.data, commandId: e.commandId })),
    };
  }
  if (currentVersion !== fromVersion) throw new VersionConflictError(caseId, fromVersion, currentVersion);

  await manager.getRepository(CaseRecord).save({
    id: caseId,
    stage: state.stage,
    state,
    version: toVersion,
    createdAt: current?.createdAt ?? recordedAt,
    updatedAt: recordedAt,
  });
  if (events.length === 0) return { version: toVersion, eventIds: [], duplicate: false, recordedAt };

  await manager.getRepository(CaseEventRecord).insert(
    events.map((event, i) => ({
      caseId,
      seq: seqs[i]!,
      eventId: eventIds[i]!,
      type: event.type,
      data: event,
      occurredAt: new Date(event.at),
      recordedAt,
      requestId: input.requestId ?? null,
      actorRef: input.actorRef ?? null,
      commandId: input.commandId ?? null,
    })),
  );
  const outbox: Partial<OutboxMessage>[] = events.map((event, i) => {
    // The public shape, checked against its schema in @qorgau/contracts before anything is written.
    const envelope = publicCaseEvent(event, { eventId: eventIds[i]!, producer: PRODUCER });
    return {
      eventId: eventIds[i]!,
      topic: TOPICS.caseEvents,
      messageKey: caseId,
      envelope: envelope as unknown as Record<string, unknown>,
      headers: {
        [EVENT_HEADERS.contentType]: EVENT_CONTENT_TYPE,
        [EVENT_HEADERS.eventType]: envelope.type,
        [EVENT_HEADERS.eventVersion]: String(envelope.version),
        ...(input.requestId ? { [EVENT_HEADERS.requestId]: input.requestId } : {}),
        ...input.traceHeaders,
      },
      createdAt: recordedAt,
    };
  });
  await manager.getRepository(OutboxMessage).save(outbox);
  return { version: toVersion, eventIds, duplicate: false, recordedAt };
}
