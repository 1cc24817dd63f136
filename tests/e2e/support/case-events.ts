// Small, shared facts about a case as it appears outside the services: dates, the integration event types of the
// timeline, and the checks every scenario makes of what reached Kafka.
import { TOPICS } from '@qorgau/contracts';
import { type QorgauHttp } from '@qorgau/local-system';
import { type KafkaObserver, type Observed } from './kafka';
import { timelineOf, type TimelineEntry } from './people';

const KZ_OFFSET_MS = 5 * 3_600_000;

/** Today in Kazakhstan (UTC+5), YYYY-MM-DD: a case's clock starts at real time, so its first day is this one. */
export const kazakhstanToday = (ms = Date.now()): string =>
  new Date(ms + KZ_OFFSET_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A domain event's type on Kafka: `OrderIssued` → `case.order-issued` (cases-persistence's integrationEventType). */
export const integrationType = (domainType: string): string => {
  const kebab = domainType
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
  return `case.${kebab.startsWith('case-') ? kebab.slice('case-'.length) : kebab}`;
};

/** Published by the case workflow's timers and support children, not recorded in the case's timeline. */
export const WORKFLOW_NOTICES = [
  'case.deadline-approaching',
  'case.deadline-passed',
  'case.protection-act-window-closed',
  'case.support-concern-raised',
] as const;

/**
 * Everything the timeline recorded is on `cases.case-events.v1` once, in the timeline's order, keyed by the case,
 * valid against the contract; whatever else is there for the case is a workflow notice. Returns the timeline.
 */
export async function expectTimelineOnKafka(
  kafka: KafkaObserver,
  reader: QorgauHttp,
  caseId: string,
): Promise<TimelineEntry[]> {
  const timeline = await timelineOf(reader, caseId);
  const last = timeline[timeline.length - 1];
  if (last)
    await kafka.seen(caseId, integrationType(last.type), {
      where: (o) => o.envelope.eventId === last.eventId,
    });
  const onKafka = kafka.events(caseId, TOPICS.caseEvents);
  const recorded = new Set(timeline.map((e) => e.eventId));
  const relayed = onKafka.filter((o) => recorded.has(o.envelope.eventId));
  expect(relayed.map((o) => o.envelope.eventId)).toEqual(timeline.map((e) => e.eventId));
  expect(relayed.map((o) => o.envelope.type)).toEqual(timeline.map((e) => integrationType(e.type)));
  const others = onKafka.filter((o) => !recorded.has(o.envelope.eventId));
  expect(
    others.map((o) => o.envelope.type).filter((t) => !(WORKFLOW_NOTICES as readonly string[]).includes(t)),
  ).toEqual([]);
  expectWellFormed(onKafka, caseId);
  return timeline;
}

/**
 * Every message of the case parses against its topic's contract (for case events: the registered public schema
 * of its type, in full), carries nothing the schema does not describe, its type in a header, keyed by the case.
 */
export function expectWellFormed(messages: readonly Observed[], caseId: string): void {
  for (const o of messages) {
    expect({ type: o.envelope.type, issues: o.issues }).toEqual({ type: o.envelope.type, issues: [] });
    // What was sent is exactly the public shape: parsing stripped nothing and defaulted nothing.
    const sent = (JSON.parse(o.raw) as { data: unknown }).data;
    expect({ type: o.envelope.type, data: sent }).toEqual({ type: o.envelope.type, data: o.envelope.data });
    expect(o.headers['x-event-type']).toBe(o.envelope.type);
    if (o.topic !== TOPICS.supportFollowUps) expect(o.key).toBe(caseId);
  }
}

/** The case events of one case, without the workflow's timer notices (which depend on how fast case time runs). */
export const milestones = (kafka: KafkaObserver, caseId: string): string[] =>
  kafka.types(caseId).filter((t) => !(WORKFLOW_NOTICES as readonly string[]).includes(t));
