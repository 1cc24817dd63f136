import { TransitionRepository } from '@qorgau/cases-persistence';
import type { CaseActivities } from '@qorgau/workflows';
import type { ActivityDependencies } from './index';

/**
 * Persists one decided transition: events (timeline), state (projection) and one outbox message per event, in one
 * transaction. Idempotent (event ids derive from case, position and content); a stale `fromVersion` throws
 * VersionConflictError, which the workflows' retry policy treats as non-retryable.
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
      ...(input.requestId ? { requestId: input.requestId } : {}),
      ...(input.actorRef ? { actorRef: input.actorRef } : {}),
    });
    return { version: result.version, eventIds: [...result.eventIds], duplicate: result.duplicate };
  };
