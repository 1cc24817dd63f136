/**
 * Topic names follow `<context>.<name>.v<N>`: a breaking change is a new topic, never a new meaning for an
 * old one. Within a version producers only add optional fields.
 */
export const TOPICS = {
  caseEvents: 'cases.case-events.v1',
  supportFollowUps: 'support.follow-ups.v1',
  wellbeingConcerns: 'wellbeing.concerns.v1',
  wellbeingCheckIns: 'wellbeing.check-ins.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

export const TOPIC_NAME_PATTERN = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[1-9][0-9]*$/;

export type DeadLetterTopicName<TTopic extends string> = `${TTopic}.dlq`;

/** Where a consumer parks a message it cannot process, with the reason in its headers. */
export const dlqTopicName = <TTopic extends string>(topic: TTopic): DeadLetterTopicName<TTopic> =>
  `${topic}.dlq`;
