import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

describe('Kafka broker (real, KRaft)', () => {
  const kafka = new Kafka({
    clientId: 'smoke',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.WARN,
  });

  it('round-trips keyed messages through a consumer group, in order per key', async () => {
    const topic = `smoke.keyed.${randomUUID()}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
    await admin.disconnect();

    const keys = ['case-1', 'case-2', 'case-3', 'case-4'];
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    for (let seq = 0; seq < 5; seq++) {
      await producer.send({
        topic,
        messages: keys.map((key) => ({ key, value: JSON.stringify({ key, seq }) })),
      });
    }
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: `smoke-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen = new Map<string, { seq: number; partition: number }[]>();
    await new Promise<void>((resolve, reject) => {
      let count = 0;
      consumer
        .run({
          eachMessage: async ({ message, partition }) => {
            const { key, seq } = JSON.parse(message.value!.toString()) as { key: string; seq: number };
            expect(message.key?.toString()).toBe(key);
            seen.set(key, [...(seen.get(key) ?? []), { seq, partition }]);
            if (++count === keys.length * 5) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();

    for (const key of keys) {
      const received = seen.get(key)!;
      expect(received.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4]);
      // One key, one partition: that is what keeps one case's events ordered.
      expect(new Set(received.map((r) => r.partition)).size).toBe(1);
    }
  });
});
