import { contractFor, EVENT_MAP } from './event-map';
import { defineTopic } from './topic-contract';
import { dlqTopicName, TOPICS } from './topics';

describe('topic map', () => {
  it('names the v1 topics and their dead-letter topics', () => {
    expect(Object.values(TOPICS).sort()).toEqual([
      'cases.case-events.v1',
      'support.follow-ups.v1',
      'wellbeing.check-ins.v1',
      'wellbeing.concerns.v1',
    ]);
    expect(dlqTopicName('support.follow-ups.v1')).toBe('support.follow-ups.v1.dlq');
    for (const topic of Object.values(TOPICS)) {
      expect(contractFor(topic).name).toBe(topic);
      expect(EVENT_MAP[topic].dlq).toBe(`${topic}.dlq`);
    }
  });

  it('maps each topic to its event types and versions', () => {
    expect(Object.keys(contractFor(TOPICS.supportFollowUps).events).sort()).toEqual([
      'support.check-in.due',
      'support.check-in.missed',
      'support.plan.ended',
      'support.plan.started',
    ]);
    expect(contractFor(TOPICS.wellbeingConcerns).versionOf('wellbeing.concern.raised')).toBe(1);
    expect(contractFor(TOPICS.wellbeingCheckIns).versionOf('wellbeing.check-in.completed')).toBe(1);
    expect(contractFor(TOPICS.caseEvents).versionOf('case.order-issued')).toBe(1);
    expect(contractFor(TOPICS.caseEvents).versionOf('case.anything-new')).toBeUndefined();
    expect(contractFor(TOPICS.caseEvents).versionOf('support.plan.ended')).toBeUndefined();
  });

  it('refuses topic names outside <context>.<name>.v<N> and can re-target a contract', () => {
    expect(() => defineTopic('CaseEvents', {})).toThrow(/<context>\.<name>\.v<N>/);
    const renamed = contractFor(TOPICS.supportFollowUps).withName('itest.follow-ups-1a2b.v1');
    expect(renamed.name).toBe('itest.follow-ups-1a2b.v1');
    expect(renamed.dlq).toBe('itest.follow-ups-1a2b.v1.dlq');
    expect(renamed.events).toBe(contractFor(TOPICS.supportFollowUps).events);
  });
});
