import { type caseEvents, type EventOf } from '@qorgau/contracts';

/**
 * A case event as the consumer receives it: parsed against `cases.case-events.v1` in @qorgau/contracts, so `data`
 * is the public shape of its `type` (routing reads it as is, no second validation). Only the fields a
 * notification needs are copied into one.
 */
export type CaseEvent = EventOf<typeof caseEvents>;

/** What routing reads of one: its type, when it happened and its data (distributive, so `type` narrows `data`). */
export type CaseEventFacts<E = CaseEvent> = E extends CaseEvent
  ? Pick<E, 'type' | 'occurredAt' | 'data'>
  : never;
