import { caseEvents } from './events/case-events';
import { supportFollowUps } from './events/support-follow-ups';
import { wellbeingCheckIns } from './events/wellbeing-check-ins';
import { wellbeingConcerns } from './events/wellbeing-concerns';
import { type AnyTopicContract } from './topic-contract';
import { TOPICS, type TopicName } from './topics';

/** topic → contract (its event types and their schemas). */
export const EVENT_MAP = {
  [TOPICS.caseEvents]: caseEvents,
  [TOPICS.supportFollowUps]: supportFollowUps,
  [TOPICS.wellbeingConcerns]: wellbeingConcerns,
  [TOPICS.wellbeingCheckIns]: wellbeingCheckIns,
} as const satisfies Record<TopicName, AnyTopicContract>;

export type EventMap = typeof EVENT_MAP;

export const contractFor = <TTopic extends TopicName>(topic: TTopic): EventMap[TTopic] => EVENT_MAP[topic];
