import { type EventEnvelope } from './envelope';

/** Kafka headers every event carries, so infrastructure can route and trace without parsing the body. */
export const EVENT_HEADERS = {
  requestId: 'x-request-id',
  eventType: 'x-event-type',
  eventVersion: 'x-event-version',
  contentType: 'content-type',
} as const;

export const EVENT_CONTENT_TYPE = 'application/json';

export function eventHeaders(
  envelope: Pick<EventEnvelope, 'type' | 'version'>,
  requestId?: string,
): Record<string, string> {
  return {
    [EVENT_HEADERS.eventType]: envelope.type,
    [EVENT_HEADERS.eventVersion]: String(envelope.version),
    [EVENT_HEADERS.contentType]: EVENT_CONTENT_TYPE,
    ...(requestId ? { [EVENT_HEADERS.requestId]: requestId } : {}),
  };
}
