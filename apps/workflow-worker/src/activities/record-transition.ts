import { TransitionRepository } from '@qorgau/cases-persistence';
import { traceHeaders } from '@qorgau/tracing';
import type { CaseActivities } from '@qorgau/workflows';
import type { ActivityDependencies } from './dependencies';

/**
 * Persists one decided transition: events (timeline), state (projection) and one outbox message per event, in one
 * transaction. Idempotent (event ids derive from case, position and content); a stale `fromVersion` throws
 * VersionConflictError, which the workflows' retry policy treats as non-retryable, unless the workflow asks for
 * the events it has not seen (`adoptUnseen`: its local activity's task was lost after the commit).
 */
export const createRecordTransition =
  ({ dataSource }: ActivityDependencies): CaseActivities['recordTransition'] =>
  async (input) => {
    const result = await new TransitionRepository(dataSource).record({
      caseId: input.caseId,
      fromVersion: input.fromVersion,
      events: input.events,
      state: input.state,
      // The workflow's instant: a retry writes the same row.
      recordedAt: new Date(input.recordedAt),
      // case_event.request_id and the Kafka `x-request-id` header: the originating request's correlation id
      // (HTTP x-request-id) when the command carried one, else the command's idempotency key.
      ...(input.traceId || input.requestId ? { requestId: input.traceId ?? input.requestId } : {}),
      ...(input.actorRef ? { actorRef: input.actorRef } : {}),
      ...(input.requestId ? { commandId: input.requestId } : {}),
      ...(input.adoptUnseen ? { adoptUnseen: true } : {}),
      // The activity's span (Temporal's interceptor made it active): the outbox relay continues from here.
      traceHeaders: traceHeaders(),
    });
    return {
      version: result.version,
      eventIds: [...result.eventIds],
      duplicate: result.duplicate,
      recordedAt: result.recordedAt.toISOString(),
      ...(result.unseen ? { unseen: [...result.unseen] } : {}),
    };
  };
