import {
  describeIssues,
  eventHeaders,
  parseEvent,
  type AnyTopicContract,
  type EventEnvelope,
  type EventOf,
} from '@qorgau/contracts';
import { type IHeaders, type Message } from 'kafkajs';

/** An envelope as a Kafka message: key = subject (the aggregate id), JSON body, routing headers. */
export function encodeEvent(event: EventEnvelope, requestId?: string): Message {
  return { key: event.subject, value: JSON.stringify(event), headers: eventHeaders(event, requestId) };
}

export type DecodedEvent<TEvent> =
  | { readonly ok: true; readonly event: TEvent }
  | { readonly ok: false; readonly kind: 'malformed' | 'invalid-envelope'; readonly detail: string };

/** Parses a consumed message at the edge: JSON first, then the topic's contract. */
export function decodeEvent<C extends AnyTopicContract>(
  contract: C,
  value: Buffer | null,
): DecodedEvent<EventOf<C>> {
  if (value === null || value.length === 0) return { ok: false, kind: 'malformed', detail: 'empty message' };
  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return { ok: false, kind: 'malformed', detail: `not JSON (${errorMessage(error)})` };
  }
  const parsed = parseEvent(contract, json);
  return parsed.ok ? parsed : { ok: false, kind: 'invalid-envelope', detail: describeIssues(parsed.issues) };
}

/** Kafka header values are Buffers (or lists of them); handlers get plain strings, first value wins. */
export function headerStrings(headers: IHeaders | undefined): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers ?? {})) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined) strings[name] = value.toString();
  }
  return strings;
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
