export { TOPICS, TOPIC_NAME_PATTERN, dlqTopicName, type DeadLetterTopicName, type TopicName } from './topics';
export { calendarDay, entityId, eventEnvelopeSchema, instant, type EventEnvelope } from './envelope';
export {
  defineEvent,
  type EventDefinition,
  type EventDefinitions,
  type OpenEventDefinition,
} from './event-definition';
export {
  defineTopic,
  type AnyTopicContract,
  type EnvelopeInputs,
  type Envelopes,
  type EventInputOf,
  type EventOf,
  type EventTypeOf,
  type EventTypes,
  type TopicContract,
  type TopicOptions,
} from './topic-contract';
export { describeIssues, eventIssues, InvalidEventError, type EventIssue } from './event-issues';
export { assertEvent, parseEvent, type ParsedEvent } from './parse-event';
export { makeEnvelope, type EnvelopeFields } from './make-envelope';
export { EVENT_CONTENT_TYPE, EVENT_HEADERS, eventHeaders } from './headers';
export * from './events/case-events';
export * from './events/support-follow-ups';
export * from './events/wellbeing-check-ins';
export * from './events/wellbeing-concerns';
export { EVENT_MAP, contractFor, type EventMap } from './event-map';
export * from './problem';
export * from './identifiers';
