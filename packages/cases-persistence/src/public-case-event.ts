import { assertEvent, caseEvents, type CaseDomainEventType, type EventOf } from '@qorgau/contracts';
import type { CaseEvent } from '@qorgau/domain';
import { integrationEventType } from './event-ids';

/** `OrderIssued` → `-order-issued`, at the type level (what `integrationEventType` does at run time). */
type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : '';

/** The public type of a domain event type: `CaseReported` → `case.reported`, `OrderIssued` → `case.order-issued`. */
export type PublicCaseEventType<T extends string> = T extends string
  ? Kebab<T> extends `-case-${infer Rest}`
    ? `case.${Rest}`
    : Kebab<T> extends `-${infer Rest}`
      ? `case.${Rest}`
      : never
  : never;

type MissingPublicSchemas = Exclude<PublicCaseEventType<CaseEvent['type']>, CaseDomainEventType>;

/**
 * Does not compile while a domain event type has no public schema in @qorgau/contracts (`caseDomainEventDefinitions`):
 * the error names the missing `case.*` types. The test of this file checks the same at run time.
 */
export const EVERY_DOMAIN_EVENT_HAS_A_PUBLIC_SCHEMA: [MissingPublicSchemas] extends [never]
  ? true
  : { missingPublicSchemas: MissingPublicSchemas } = true;

export interface PublicCaseEventFields {
  readonly eventId: string;
  readonly producer: string;
}

/**
 * The domain event as it is published: its public type, and `data` = the event without its `type`, checked
 * against the contract (unknown fields stripped, so what the domain keeps internal stays internal). Throws
 * InvalidEventError when the contract refuses it, so a transition with an unpublishable event is not recorded.
 */
export function publicCaseEvent(event: CaseEvent, fields: PublicCaseEventFields): EventOf<typeof caseEvents> {
  const { type: domainType, ...data } = event;
  const type = integrationEventType(domainType);
  return assertEvent(caseEvents, {
    eventId: fields.eventId,
    type,
    // An unknown type gets a placeholder version so the contract reports the type, not the version.
    version: caseEvents.versionOf(type) ?? 1,
    occurredAt: event.at,
    producer: fields.producer,
    subject: event.caseId,
    data,
  });
}
