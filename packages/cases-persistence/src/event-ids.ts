import { v5 as uuidv5 } from 'uuid';

/** Fixed namespace for Qorgau case event ids (a random v4 chosen once). */
const CASE_EVENT_NAMESPACE = '6f0e3c52-8d4b-4a8e-9b0a-2f4d6c1e7a35';

/**
 * The eventId of a case's n-th event, derived from its position and content rather than drawn: a retried
 * activity recording the same transition produces the same ids (a duplicate, written once), while a
 * different transition decided on the same version gets different ids (a conflict, rejected).
 */
export const caseEventId = (caseId: string, seq: number, event: unknown): string =>
  uuidv5(`${caseId}#${seq}#${JSON.stringify(event)}`, CASE_EVENT_NAMESPACE);

/** Domain event type to integration event type: `CaseReported` → `case.reported`, `OrderIssued` → `case.order-issued`. */
export function integrationEventType(domainType: string): `case.${string}` {
  const kebab = domainType
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
  return `case.${kebab.startsWith('case-') ? kebab.slice('case-'.length) : kebab}`;
}
