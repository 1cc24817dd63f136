import { randomUUID } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { EventPublisher, encodeEvent, InMemoryProcessedEventStore, runConsumer } from '../src';
import { checkInDue, followUpsOn } from './support/follow-ups';
import {
  countingMetrics,
  createTopics,
  FAST_CONSUMER,
  FAST_RETRY,
  readMessages,
  testKafka,
  testLogger,
  uniqueTopic,
  waitUntil,
} from './support/infra';

describe('dead-lettering (real Kafka)', () => {
  const kafka = testKafka();

  it('parks malformed, invalid and failing messages in <topic>.dlq with the reason and keeps consuming', async () => {
    const topic = uniqueTopic('poison');
    const contract = followUpsOn(topic);
    await createTopics(kafka, [{ topic, numPartitions: 1 }]);

    const before = checkInDue(contract, 1, 1);
    const poison = checkInDue(contract, 2, 1);
    const after = checkInDue(contract, 3, 1);
    const invalidEnvelope = encodeEvent({ ...checkInDue(contract, 4, 1), eventId: 'not-a-uuid' });
    // A plain producer can put anything on the topic; the consumer must survive it.
    const raw = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await raw.connect();
    await raw.send({
      topic,
      messages: [
        encodeEvent(before),
        {
          key: 'support-officer-9-case-42',
          value: '{"eventId": "truncated',
          headers: { 'x-request-id': 'req-9' },
        },
        invalidEnvelope,
        encodeEvent(poison),
        encodeEvent(after),
      ],
    });
    await raw.disconnect();

    const handled: string[] = [];
    const { counts, metrics } = countingMetrics();
    const consumer = await runConsumer({
      kafka,
      groupId: `dlq-${topic}`,
      contract,
      store: new InMemoryProcessedEventStore(),
      metrics,
      retry: FAST_RETRY,
      consumerConfig: FAST_CONSUMER,
      logger: testLogger,
      handler: async (event) => {
        if (event.eventId === poison.eventId) throw new Error(`no inbox for ${event.data.personRef}`);
        handled.push(event.eventId);
      },
    });
    try {
      await waitUntil('the message after the poison is handled', () => handled.includes(after.eventId));
    } finally {
      await consumer.stop();
    }
    expect(handled).toEqual([before.eventId, after.eventId]);
    expect(counts).toMatchObject({ processed: 2, retried: FAST_RETRY.attempts - 1, deadLettered: 3 });

    const dead = await readMessages(kafka, `${topic}.dlq`, 3);
    const headers = dead.map((message) =>
      Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)])),
    );
    expect(headers.map((h) => h['x-dlq-reason'])).toEqual([
      expect.stringMatching(/^malformed: not JSON \(SyntaxError/),
      'invalid-envelope: eventId: Invalid UUID',
      'handler-failed: Error: no inbox for officer-2',
    ]);
    expect(headers.map((h) => [h['x-dlq-original-offset'], h['x-dlq-attempts']])).toEqual([
      ['1', '0'],
      ['2', '0'],
      ['3', String(FAST_RETRY.attempts)],
    ]);
    for (const h of headers) {
      expect(h).toMatchObject({
        'x-dlq-original-topic': topic,
        'x-dlq-original-partition': '0',
        'x-dlq-consumer': `dlq-${topic}`,
      });
    }
    // The original message travels unchanged, with its key and headers, ready to be replayed.
    expect(dead[0]?.key?.toString()).toBe('support-officer-9-case-42');
    expect(dead[0]?.value?.toString()).toBe('{"eventId": "truncated');
    expect(headers[0]?.['x-request-id']).toBe('req-9');
    expect(JSON.parse(String(dead[2]?.value))).toEqual(poison);
    expect(headers[2]?.['x-event-type']).toBe('support.check-in.due');
  });

  it('publishes nothing when any event of a batch is invalid', async () => {
    const topic = uniqueTopic('all-or-nothing');
    const contract = followUpsOn(topic);
    await createTopics(kafka, [{ topic, numPartitions: 1 }]);
    const publisher = new EventPublisher({ kafka });
    await publisher.connect();
    const good = checkInDue(contract, 1, 1);
    const bad = { ...checkInDue(contract, 1, 2), eventId: randomUUID(), subject: 'case-42' };
    await expect(publisher.publishAll(contract, [good, bad])).rejects.toThrow(
      /subject: must equal data\.planId/,
    );
    await publisher.publish(contract, good);
    await publisher.disconnect();
    const messages = await readMessages(kafka, topic, 1);
    expect(messages.map((m) => JSON.parse(String(m.value)).eventId)).toEqual([good.eventId]);
  });
});
