import { enqueueOutboxMessage, PRODUCER } from '@qorgau/cases-persistence';
import {
  caseEvents,
  EVENT_CONTENT_TYPE,
  EVENT_HEADERS,
  makeEnvelope,
  supportFollowUps,
  TOPICS,
} from '@qorgau/contracts';
import type { CaseActivities } from '@qorgau/workflows';
import { v5 as uuidv5 } from 'uuid';
import type { ActivityDependencies } from './dependencies';

/** Namespace for ids of workflow-originated messages (notices, follow-ups); a random v4 chosen once. */
const WORKFLOW_MESSAGE_NAMESPACE = '3b8f6a1e-2c4d-4f7a-9e15-7d0c2b9a4e61';

/** The eventId of a workflow's notice: the same workflow and key always give the same id (idempotent retries). */
export const noticeEventId = (workflowId: string, key: string): string =>
  uuidv5(`${workflowId}#${key}`, WORKFLOW_MESSAGE_NAMESPACE);

const headersOf = (type: string, version: number): Record<string, string> => ({
  [EVENT_HEADERS.contentType]: EVENT_CONTENT_TYPE,
  [EVENT_HEADERS.eventType]: type,
  [EVENT_HEADERS.eventVersion]: String(version),
});

export function createNoticeActivities({
  dataSource,
  clock = () => new Date(),
}: ActivityDependencies): Pick<CaseActivities, 'announceCaseNotice' | 'emitSupportFollowUp'> {
  return {
    async announceCaseNotice(input) {
      const eventId = noticeEventId(input.workflowId, input.key);
      const envelope = makeEnvelope(caseEvents, input.type, {
        eventId,
        occurredAt: input.occurredAt,
        producer: PRODUCER,
        subject: input.caseId,
        data: { ...input.data, caseId: input.caseId },
      });
      const written = await enqueueOutboxMessage(dataSource.manager, {
        eventId,
        topic: TOPICS.caseEvents,
        messageKey: input.caseId,
        envelope: envelope as unknown as Record<string, unknown>,
        headers: headersOf(envelope.type, envelope.version),
        createdAt: clock(),
      });
      return { eventId, duplicate: !written };
    },

    async emitSupportFollowUp(input) {
      const eventId = noticeEventId(input.workflowId, input.key);
      const data = { ...input.plan, ...(input.checkIn ?? {}) };
      // Checked against the contract before it is written: a bad follow-up never reaches the outbox.
      const envelope = makeEnvelope(supportFollowUps, input.type, {
        eventId,
        occurredAt: input.occurredAt,
        producer: 'workflow-worker',
        subject: input.plan.planId,
        data: data as never,
      });
      const written = await enqueueOutboxMessage(dataSource.manager, {
        eventId,
        topic: TOPICS.supportFollowUps,
        messageKey: input.plan.planId,
        envelope: envelope as unknown as Record<string, unknown>,
        headers: headersOf(envelope.type, envelope.version),
        createdAt: clock(),
      });
      return { eventId, duplicate: !written };
    },
  };
}
