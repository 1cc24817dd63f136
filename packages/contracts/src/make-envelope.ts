import { assertEvent } from './parse-event';
import { type AnyTopicContract, type EventInputOf, type EventOf, type EventTypeOf } from './topic-contract';

/** Everything an envelope needs that the contract cannot know. Time and ids are inputs: no hidden clock. */
export interface EnvelopeFields<TData> {
  readonly eventId: string;
  readonly occurredAt: Date | string;
  readonly producer: string;
  readonly subject: string;
  readonly data: TData;
}

/**
 * Builds a checked envelope for `type` on `contract`, stamping the version the contract defines.
 * Throws InvalidEventError when the contract rejects it, so a bad event never reaches Kafka.
 */
export function makeEnvelope<C extends AnyTopicContract, TType extends EventTypeOf<C>>(
  contract: C,
  type: TType,
  fields: EnvelopeFields<EventInputOf<C, TType>['data']>,
): EventOf<C, TType> {
  const { occurredAt } = fields;
  return assertEvent(contract, {
    eventId: fields.eventId,
    type,
    // An unknown type gets a placeholder version so the schema reports the type, not the version.
    version: contract.versionOf(type) ?? 1,
    occurredAt: occurredAt instanceof Date ? isoString(occurredAt) : occurredAt,
    producer: fields.producer,
    subject: fields.subject,
    data: fields.data,
  }) as EventOf<C, TType>;
}

// An invalid Date would throw a RangeError in toISOString; let the schema report it instead.
const isoString = (date: Date): string =>
  Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString();
