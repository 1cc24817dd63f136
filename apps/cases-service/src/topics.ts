// `node dist/topics.js`: creates the contracts' topics and their dead-letter topics (`<topic>.dlq`) that are
// missing, and changes nothing else (existing topics keep their partitions and settings). The Helm chart runs it
// as a Job before install and upgrade (kafka.topics.mode=job); the services themselves create no topic.
//   KAFKA_BROKERS, KAFKA_CLIENT_ID  as for the service
//   KAFKA_TOPIC_PARTITIONS          default 3
//   KAFKA_TOPIC_REPLICAS            default: the broker's default.replication.factor
import { kafkaEnv, loadConfig } from '@qorgau/config';
import { TOPICS } from '@qorgau/contracts';
import { createKafka } from '@qorgau/messaging';
import { logLevel } from 'kafkajs';
import { z } from 'zod';

const count = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.int().min(1, 'must be at least 1'));

const topicsEnv = kafkaEnv.extend({
  KAFKA_TOPIC_PARTITIONS: count.prefault('3'),
  KAFKA_TOPIC_REPLICAS: count.optional(),
});

async function main(): Promise<void> {
  const config = loadConfig(topicsEnv);
  const admin = createKafka({
    clientId: config.KAFKA_CLIENT_ID,
    brokers: config.KAFKA_BROKERS,
    logLevel: logLevel.WARN,
  }).admin();
  await admin.connect();
  try {
    const wanted = Object.values(TOPICS).flatMap((topic) => [topic, `${topic}.dlq`]);
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: config.KAFKA_TOPIC_PARTITIONS,
          replicationFactor: config.KAFKA_TOPIC_REPLICAS ?? -1,
        })),
      });
    }
    console.log(missing.length === 0 ? 'topics: all present' : `topics: created ${missing.join(', ')}`);
  } finally {
    await admin.disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
