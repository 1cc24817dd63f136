import { z } from 'zod';
import { entityId } from '../envelope';
import { type EventDefinition, type OpenEventDefinition } from '../event-definition';
import { defineTopic } from '../topic-contract';
import { TOPICS } from '../topics';

export const CASE_EVENT_TYPE_PATTERN = /^case\.[a-z-]+(\.[a-z-]+)*$/;
export type CaseEventType = `case.${string}`;

export const caseEventType = z.custom<CaseEventType>(
  (value) => typeof value === 'string' && CASE_EVENT_TYPE_PATTERN.test(value),
  { message: 'must look like case.<name>[.<name>] (lowercase, dashes)' },
);

/** Data of a case event not registered yet: any JSON object that names its case. */
export const genericCaseEventData = z.looseObject({ caseId: entityId });

/** Data schema for a registered case event: its own fields plus the caseId every case event carries. */
export const caseEventData = <TShape extends z.ZodRawShape>(shape: TShape) =>
  z.object({ caseId: entityId, ...shape });

export type CaseEventDefinitions = Readonly<
  Record<CaseEventType, EventDefinition<z.ZodType<{ caseId: string }, { caseId: string }>>>
>;

const openCaseEvents: OpenEventDefinition<CaseEventType, typeof genericCaseEventData> = {
  type: caseEventType,
  version: 1,
  data: genericCaseEventData,
};

/** The case-events topic over a set of registered case events; unregistered `case.*` types stay generic. */
export const defineCaseEvents = <TEvents extends CaseEventDefinitions>(events: TEvents) =>
  defineTopic(TOPICS.caseEvents, events, { open: openCaseEvents, subjectField: 'caseId' });

/**
 * Register case events here as the cases service defines them, e.g.
 *   'case.reported': defineEvent(1, caseEventData({ reportedOn: calendarDay })),
 * A registered type is checked against its own schema; every other `case.*` type against the generic one.
 */
export const caseEventDefinitions = {} satisfies CaseEventDefinitions;

/** Keyed by caseId: one case's events stay in order. */
export const caseEvents = defineCaseEvents(caseEventDefinitions);
