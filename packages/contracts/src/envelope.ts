import { z } from 'zod';

/** Ids are opaque strings chosen by the owning service (uuids, `support-<personRef>-<caseId>`, ...). */
export const entityId = z.string().min(1).max(200);

/** An instant with an explicit offset, e.g. `2025-11-23T05:31:00.000Z`. */
export const instant = z.iso.datetime({ offset: true });

/** A calendar day, `YYYY-MM-DD`. */
export const calendarDay = z.iso.date();

/**
 * The one envelope every event travels in. `subject` is the aggregate id and the Kafka key, so one
 * aggregate's events stay in one partition, in order. `data` is checked per event type by the topic contract.
 */
export const eventEnvelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().min(1).max(200),
  version: z.int().min(1),
  occurredAt: instant,
  producer: z.string().min(1).max(100),
  subject: entityId,
  data: z.unknown(),
});

export interface EventEnvelope<TType extends string = string, TData = unknown> {
  readonly eventId: string;
  readonly type: TType;
  readonly version: number;
  readonly occurredAt: string;
  readonly producer: string;
  readonly subject: string;
  readonly data: TData;
}
