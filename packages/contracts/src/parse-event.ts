import { eventIssues, InvalidEventError, type EventIssue } from './event-issues';
import { type AnyTopicContract, type EventOf } from './topic-contract';

export type ParsedEvent<TEvent> =
  | { readonly ok: true; readonly event: TEvent }
  | { readonly ok: false; readonly issues: readonly EventIssue[] };

/** Checks untrusted input (a consumed message, an outbox row) against a topic's contract. */
export function parseEvent<C extends AnyTopicContract>(contract: C, input: unknown): ParsedEvent<EventOf<C>> {
  const result = contract.envelope.safeParse(input);
  return result.success
    ? { ok: true, event: result.data as EventOf<C> }
    : { ok: false, issues: eventIssues(result.error) };
}

/** Like parseEvent, for producers: an event the contract rejects is a bug, so it throws. */
export function assertEvent<C extends AnyTopicContract>(contract: C, input: unknown): EventOf<C> {
  const parsed = parseEvent(contract, input);
  if (!parsed.ok) throw new InvalidEventError(contract.name, parsed.issues);
  return parsed.event;
}
