// Run as a child process (`node --import tsx`) by relay-kill.int.test.ts, which SIGKILLs it mid-batch.
// The relay exactly as the service runs it, from the environment the test passes. LINGER_AFTER_PUBLISH_MS
// widens the window between Kafka's ack and the commit that marks the batch published.
import 'reflect-metadata';
import { setTimeout as delay } from 'node:timers/promises';
import { OutboxRepository } from '@qorgau/cases-persistence';
import { TOPICS } from '@qorgau/contracts';
import { createKafka } from '@qorgau/messaging';
import { logLevel } from 'kafkajs';
import { casesServiceDataSource } from '../../src/db/data-source';
import { OutboxRelayLoop } from '../../src/outbox/outbox-relay';

async function main(): Promise<void> {
  const lingerMs = Number(process.env.LINGER_AFTER_PUBLISH_MS ?? '0');
  const dataSource = await casesServiceDataSource(process.env.DATABASE_URL!, 2).initialize();
  const outbox = new OutboxRepository(dataSource);
  const relayBatch = outbox.relayBatch.bind(outbox);
  outbox.relayBatch = (limit, publish, now) =>
    relayBatch(
      limit,
      async (batch) => {
        await publish(batch);
        process.stdout.write(`published ${batch.map((m) => m.eventId).join(',')}\n`);
        if (lingerMs > 0) await delay(lingerMs);
      },
      now,
    );
  const loop = new OutboxRelayLoop({
    kafka: createKafka({
      clientId: 'cases-relay-child',
      brokers: process.env.KAFKA_BROKERS!.split(','),
      logLevel: logLevel.NOTHING,
    }),
    outbox,
    topics: { [TOPICS.caseEvents]: process.env.CASE_EVENTS_TOPIC! },
    batchSize: Number(process.env.OUTBOX_BATCH_SIZE ?? '100'),
    onError: (error) => process.stderr.write(`relay error: ${String(error)}\n`),
  });
  await loop.start(100);
  process.stdout.write('relaying\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
