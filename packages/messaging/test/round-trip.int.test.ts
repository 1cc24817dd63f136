import { InvalidEventError, makeEnvelope, wellbeingConcerns } from '@qorgau/contracts';
import { type DataSource } from 'typeorm';
import { EventPublisher, PostgresProcessedEventStore, runConsumer } from '../src';
import { checkInDue, followUpsOn } from './support/follow-ups';
import {
  countingMetrics,
  createTopics,
  FAST_CONSUMER,
  FAST_RETRY,
  freshDatabase,
  SCHEMA,
  testKafka,
  testLogger,
  uniqueTopic,
  waitUntil,
} from './support/infra';

describe('publish → consume round trip (real Kafka, real Postgres)', () => {
  const kafka = testKafka();
  let dataSource: DataSource;

  beforeAll(async () => {
    ({ dataSource } = await freshDatabase('messaging_round_trip'));
  });
  afterAll(() => dataSource.destroy());

  it('delivers every event once, in order per key, with its headers', async () => {
    const topic = uniqueTopic('follow-ups');
    const contract = followUpsOn(topic);
    await createTopics(kafka, [{ topic, numPartitions: 3 }]);

    const publisher = new EventPublisher({ kafka, logger: testLogger });
    await publisher.connect();
    const officers = [1, 2, 3, 4];
    for (let number = 1; number <= 5; number++) {
      for (const officer of officers) {
        await publisher.publish(contract, checkInDue(contract, officer, number), {
          requestId: `req-${number}`,
        });
      }
    }
    // A concern with free text is refused before anything reaches Kafka.
    const concerns = wellbeingConcerns.withName(topic);
    const concern = makeEnvelope(concerns, 'wellbeing.concern.raised', {
      eventId: '7d8e9f00-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
      occurredAt: '2026-01-10T04:15:00Z',
      producer: 'wellbeing-service',
      subject: 'case-42',
      data: { caseId: 'case-42', category: 'retaliation', raisedAt: '2026-01-10T04:15:00Z' },
    });
    const leaking = { ...concern, data: { ...concern.data, text: 'names and details' } };
    await expect(publisher.publish(concerns, leaking)).rejects.toThrow(InvalidEventError);
    await publisher.disconnect();

    const received: {
      planId: string;
      number: number;
      partition: number;
      key: string | null;
      requestId?: string;
    }[] = [];
    const headerTypes = new Set<string | undefined>();
    const { counts, lag, metrics } = countingMetrics();
    const consumer = await runConsumer({
      kafka,
      groupId: `round-trip-${topic}`,
      contract,
      store: new PostgresProcessedEventStore(dataSource, { schema: SCHEMA }),
      retry: FAST_RETRY,
      consumerConfig: FAST_CONSUMER,
      logger: testLogger,
      metrics,
      handler: async (event, context) => {
        if (event.type !== 'support.check-in.due') throw new Error(`unexpected ${event.type}`);
        headerTypes.add(context.headers['x-event-type']);
        received.push({
          planId: event.data.planId,
          number: event.data.checkInNumber,
          partition: context.partition,
          key: context.key,
          requestId: context.requestId,
        });
      },
    });
    try {
      await waitUntil('20 events consumed', () => received.length >= 20);
    } finally {
      await consumer.stop();
    }

    expect(received).toHaveLength(20);
    expect(counts.processed).toBe(20);
    // Lag is reported per fetched batch; the last report of each partition says it is drained.
    expect(lag.size).toBeGreaterThan(0);
    expect([...lag.values()].every((messages) => messages === 0)).toBe(true);
    expect(headerTypes).toEqual(new Set(['support.check-in.due']));
    for (const officer of officers) {
      const planId = `support-officer-${officer}-case-42`;
      const ofPlan = received.filter((r) => r.planId === planId);
      expect(ofPlan.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
      expect(ofPlan.map((r) => r.requestId)).toEqual(['req-1', 'req-2', 'req-3', 'req-4', 'req-5']);
      expect(new Set(ofPlan.map((r) => r.key))).toEqual(new Set([planId]));
      // One key, one partition: that is what keeps one plan's follow-ups in order.
      expect(new Set(ofPlan.map((r) => r.partition)).size).toBe(1);
    }
    // Keys spread over the partitions (4 keys, 3 partitions).
    expect(new Set(received.map((r) => r.partition)).size).toBeGreaterThan(1);
  });
});
