import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { type DataSource } from 'typeorm';
import { EventPublisher, PostgresProcessedEventStore, runConsumer } from '../src';
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

describe('a consumer killed mid-stream', () => {
  const kafka = testKafka();
  let dataSource: DataSource | undefined;

  afterAll(() => dataSource?.destroy());

  it('is restarted without handling any event twice', async () => {
    const topic = uniqueTopic('crash');
    const contract = followUpsOn(topic);
    const groupId = `crash-${topic}`;
    await createTopics(kafka, [{ topic, numPartitions: 2 }]);
    const database = await freshDatabase('messaging_crash_restart');
    dataSource = database.dataSource;
    const effects = async () =>
      (await database.dataSource.query(`SELECT event_id, handled_by FROM ${SCHEMA}.effects`)) as {
        event_id: string;
        handled_by: string;
      }[];

    const events = [1, 2, 3].flatMap((officer) =>
      Array.from({ length: 10 }, (_, i) => checkInDue(contract, officer, i + 1)),
    );
    const publisher = new EventPublisher({ kafka });
    await publisher.connect();
    await publisher.publishAll(contract, events);
    await publisher.disconnect();

    // First run: a separate process, killed with SIGKILL (no graceful stop, no offset commit).
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'support', 'crashing-consumer.ts')],
      {
        cwd: join(__dirname, '..'),
        env: { ...process.env, TOPIC: topic, GROUP: groupId, TEST_DATABASE_URL: database.url },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const exited = once(child, 'exit');
    try {
      await waitUntil('the first run has handled 5 events', async () => {
        if (child.exitCode !== null) throw new Error(`the first run exited early:\n${output}`);
        return (await effects()).length >= 5;
      });
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    const handledBeforeKill = (await effects()).length;
    const committedBeforeKill = await committedMessages(kafka, groupId, topic);
    // The kill landed after effects were stored and before their offsets were committed.
    expect(committedBeforeKill).toBeLessThan(handledBeforeKill);

    // Second run, same group and store: redelivered events are recognised and skipped.
    const { counts, metrics } = countingMetrics();
    const restarted = await runConsumer({
      kafka,
      groupId,
      contract,
      store: new PostgresProcessedEventStore(database.dataSource, { schema: SCHEMA }),
      metrics,
      retry: FAST_RETRY,
      consumerConfig: FAST_CONSUMER,
      logger: testLogger,
      handler: async (event, { manager, attempt }) => {
        await manager.query(`INSERT INTO ${SCHEMA}.effects VALUES ($1, 'restart', $2)`, [
          event.eventId,
          attempt,
        ]);
      },
    });
    try {
      await waitUntil(
        'every event is handled',
        () => counts.processed + counts.duplicate >= 30 - committedBeforeKill,
      );
    } finally {
      await restarted.stop();
    }

    const rows = await effects();
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((row) => row.event_id))).toEqual(new Set(events.map((event) => event.eventId)));
    expect(rows.filter((row) => row.handled_by === 'first-run')).toHaveLength(handledBeforeKill);
    expect(counts).toMatchObject({
      processed: 30 - handledBeforeKill,
      duplicate: handledBeforeKill - committedBeforeKill,
    });
  });
});
