import { type DataSource } from 'typeorm';
import { EventPublisher, PostgresProcessedEventStore, runConsumer, type EventConsumer } from '../src';
import { checkInDue, followUpsOn } from './support/follow-ups';
import {
  committedMessages,
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

const effectsOf = async (dataSource: DataSource, eventId: string) =>
  (await dataSource.query(`SELECT handled_by, attempt FROM ${SCHEMA}.effects WHERE event_id = $1`, [
    eventId,
  ])) as { handled_by: string; attempt: number }[];

describe('idempotent consumer with the Postgres processed-event store', () => {
  const kafka = testKafka();
  let dataSource: DataSource;
  let store: PostgresProcessedEventStore;
  const consumers: Pick<EventConsumer<object>, 'stop'>[] = [];

  beforeAll(async () => {
    ({ dataSource } = await freshDatabase('messaging_idempotency'));
    store = new PostgresProcessedEventStore(dataSource, { schema: SCHEMA });
  });
  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
  });
  afterAll(() => dataSource.destroy());

  it('handles the same event delivered twice once', async () => {
    const topic = uniqueTopic('duplicates');
    const contract = followUpsOn(topic);
    await createTopics(kafka, [{ topic, numPartitions: 1 }]);
    const twice = checkInDue(contract, 1, 1);
    const sentinel = checkInDue(contract, 1, 2);
    const publisher = new EventPublisher({ kafka });
    await publisher.connect();
    await publisher.publish(contract, twice);
    await publisher.publish(contract, twice);
    await publisher.publish(contract, sentinel);
    await publisher.disconnect();

    const { counts, metrics } = countingMetrics();
    const groupId = `dedupe-${topic}`;
    consumers.push(
      await runConsumer({
        kafka,
        groupId,
        contract,
        store,
        metrics,
        retry: FAST_RETRY,
        consumerConfig: FAST_CONSUMER,
        logger: testLogger,
        handler: async (event, { manager, attempt }) => {
          await manager.query(`INSERT INTO ${SCHEMA}.effects VALUES ($1, 'dedupe', $2)`, [
            event.eventId,
            attempt,
          ]);
        },
      }),
    );
    await waitUntil(
      'the sentinel is handled',
      async () => (await effectsOf(dataSource, sentinel.eventId)).length > 0,
    );

    expect(await effectsOf(dataSource, twice.eventId)).toHaveLength(1);
    expect(counts).toMatchObject({ processed: 2, duplicate: 1 });
    expect(await store.isProcessed(groupId, twice.eventId)).toBe(true);
  });

  it('rolls back a failed attempt with its processed record, so the retry applies the effect once', async () => {
    const topic = uniqueTopic('rollback');
    const contract = followUpsOn(topic);
    await createTopics(kafka, [{ topic, numPartitions: 1 }]);
    const flaky = checkInDue(contract, 2, 1);
    const publisher = new EventPublisher({ kafka });
    await publisher.connect();
    await publisher.publish(contract, flaky);
    await publisher.disconnect();

    const { counts, metrics } = countingMetrics();
    consumers.push(
      await runConsumer({
        kafka,
        groupId: `rollback-${topic}`,
        contract,
        store,
        metrics,
        retry: FAST_RETRY,
        consumerConfig: FAST_CONSUMER,
        logger: testLogger,
        handler: async (event, { manager, attempt }) => {
          await manager.query(`INSERT INTO ${SCHEMA}.effects VALUES ($1, 'rollback', $2)`, [
            event.eventId,
            attempt,
          ]);
          if (attempt === 1) throw new Error('the inbox is down');
        },
      }),
    );
    await waitUntil('the retry succeeds', () => counts.processed === 1);

    expect(await effectsOf(dataSource, flaky.eventId)).toEqual([{ handled_by: 'rollback', attempt: 2 }]);
    expect(counts).toMatchObject({ retried: 1, deadLettered: 0 });
  });

  it('stops gracefully: the message being handled finishes, is recorded and committed', async () => {
    const topic = uniqueTopic('graceful');
    const contract = followUpsOn(topic);
    const groupId = `graceful-${topic}`;
    await createTopics(kafka, [{ topic, numPartitions: 1 }]);
    const slow = checkInDue(contract, 3, 1);
    const publisher = new EventPublisher({ kafka });
    await publisher.connect();
    await publisher.publish(contract, slow);
    await publisher.disconnect();

    let started = false;
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const consumer = await runConsumer({
      kafka,
      groupId,
      contract,
      store,
      retry: FAST_RETRY,
      consumerConfig: FAST_CONSUMER,
      logger: testLogger,
      handler: async (event, { manager, attempt }) => {
        started = true;
        await released;
        await manager.query(`INSERT INTO ${SCHEMA}.effects VALUES ($1, 'graceful', $2)`, [
          event.eventId,
          attempt,
        ]);
      },
    });
    await waitUntil('the handler is running', () => started);
    const stopped = consumer.stop();
    release();
    await stopped;

    expect(await effectsOf(dataSource, slow.eventId)).toEqual([{ handled_by: 'graceful', attempt: 1 }]);
    expect(await store.isProcessed(groupId, slow.eventId)).toBe(true);
    expect(await committedMessages(kafka, groupId, topic)).toBe(1);
  });
});
