import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createDatabase } from '@qorgau/devstack';
import { type Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import {
  createKafka,
  processedEventsMigration,
  silentLogger,
  type Logger,
  type MessagingMetrics,
} from '../../src';

/** QORGAU_TEST_LOGS=1 shows the consumers' logs while debugging a test. */
export const testLogger: Logger = process.env.QORGAU_TEST_LOGS
  ? { info: console.info, warn: console.warn, error: console.error, debug: console.debug }
  : silentLogger;

export const testKafka = (clientId = 'messaging-it'): Kafka =>
  createKafka({
    clientId,
    brokers: process.env.KAFKA_BROKERS!.split(','),
    logLevel: logLevel.WARN,
    logger: testLogger,
  });

/** A name of the `<context>.<name>.v<N>` form, unique per run. */
export const uniqueTopic = (name: string): string => `itest.${name}-${randomBytes(4).toString('hex')}.v1`;

/** Creates the topics and their dead-letter topics (production does not rely on auto-creation either). */
export async function createTopics(kafka: Kafka, topics: { topic: string; numPartitions: number }[]) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: topics.flatMap(({ topic, numPartitions }) => [
        { topic, numPartitions },
        { topic: `${topic}.dlq`, numPartitions: 1 },
      ]),
    });
  } finally {
    await admin.disconnect();
  }
}

/** Consumer settings that keep joins, rebalances and empty fetches short in tests. */
export const FAST_CONSUMER = {
  sessionTimeout: 6000,
  heartbeatInterval: 300,
  rebalanceTimeout: 3000,
  maxWaitTimeInMs: 50,
} as const;

export const FAST_RETRY = { attempts: 3, baseDelayMs: 20, maxDelayMs: 80, jitter: false } as const;

export const SCHEMA = 'messaging_it';

/** A fresh database with processed_events (through the migration) and a table the handlers write to. */
export async function freshDatabase(name: string): Promise<{ url: string; dataSource: DataSource }> {
  const url = await createDatabase(process.env.DATABASE_URL!, name);
  const dataSource = await openDataSource(url);
  await dataSource.runMigrations();
  await dataSource.query(
    `CREATE TABLE ${SCHEMA}.effects (event_id uuid NOT NULL, handled_by text NOT NULL, attempt int NOT NULL)`,
  );
  return { url, dataSource };
}

export const openDataSource = (url: string): Promise<DataSource> =>
  new DataSource({ type: 'postgres', url, migrations: [processedEventsMigration(SCHEMA)] }).initialize();

export async function waitUntil(
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Reads `count` messages of a topic from the beginning with a throw-away group. */
export async function readMessages(kafka: Kafka, topic: string, count: number): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: `reader-${randomBytes(4).toString('hex')}`, ...FAST_CONSUMER });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void messages.push(message) });
    await waitUntil(`${count} messages on ${topic}`, () => messages.length >= count);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

/** Metrics that count, for assertions. */
export function countingMetrics() {
  const counts = { processed: 0, duplicate: 0, retried: 0, deadLettered: 0, published: 0 };
  /** The latest lag reported per partition. */
  const lag = new Map<number, number>();
  const metrics: MessagingMetrics = {
    processed: () => void counts.processed++,
    duplicate: () => void counts.duplicate++,
    retried: () => void counts.retried++,
    deadLettered: () => void counts.deadLettered++,
    published: () => void counts.published++,
    consumerLag: ({ partition }, messages) => void lag.set(partition, messages),
  };
  return { counts, lag, metrics };
}

/** Messages the group has committed on `topic`, over all partitions. */
export async function committedMessages(kafka: Kafka, groupId: string, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return (offsets?.partitions ?? []).reduce((sum, { offset }) => sum + Math.max(0, Number(offset)), 0);
  } finally {
    await admin.disconnect();
  }
}
