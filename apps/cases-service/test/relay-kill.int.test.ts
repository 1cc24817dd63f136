import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { type DataSource } from 'typeorm';
import { recordCommands, reportOf, today } from './support/cases';
import {
  collect,
  createTopics,
  migratedDatabase,
  testKafka,
  uniqueTopic,
  waitUntil,
} from './support/harness';

interface Child {
  readonly process: ChildProcess;
  readonly exited: Promise<unknown>;
  output(): string;
}

function startRelay(env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'support', 'relay-process.ts')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return { process: child, exited: once(child, 'exit'), output: () => out };
}

const unpublished = async (db: DataSource): Promise<string[]> =>
  (
    (await db.query('SELECT event_id FROM cases.outbox WHERE published_at IS NULL ORDER BY id')) as {
      event_id: string;
    }[]
  ).map((r) => r.event_id);

/**
 * At-least-once under a crash: the relay is SIGKILLed after Kafka acknowledged a batch and before the
 * transaction that marks it published committed. A restarted relay publishes everything; the killed batch
 * may appear twice, always with the same eventIds, and per case the first occurrences keep the order.
 */
describe('outbox relay killed between publish and commit (SIGKILL)', () => {
  const kafka = testKafka();
  const topic = uniqueTopic('relay-kill');
  const children: Child[] = [];
  let db: DataSource | undefined;
  let consumer: Awaited<ReturnType<typeof collect>> | undefined;

  afterAll(async () => {
    for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
    await consumer?.stop();
    await db?.destroy();
  });

  it('publishes every committed event after a restart, duplicates only with the same eventId', async () => {
    await createTopics(kafka, [topic]);
    const created = await migratedDatabase('cases_relay_kill');
    db = created.dataSource;
    for (const caseId of ['kill-1', 'kill-2', 'kill-3'])
      await recordCommands(db, caseId, [reportOf(today()), { type: 'RequestExplanations' }]);
    const stored = (await db.query('SELECT event_id, message_key FROM cases.outbox ORDER BY id')) as {
      event_id: string;
      message_key: string;
    }[];
    consumer = await collect(kafka, topic);
    const env = { DATABASE_URL: created.url, CASE_EVENTS_TOPIC: topic, OUTBOX_BATCH_SIZE: '2' };

    const first = startRelay({ ...env, LINGER_AFTER_PUBLISH_MS: '60000' });
    children.push(first);
    await waitUntil('the first batch reached Kafka', async () => /published /.test(first.output()), 30_000);
    const killedBatch = /published (\S+)/.exec(first.output())![1]!.split(',');
    first.process.kill('SIGKILL');
    await first.exited;
    // Kafka has the batch, the database does not know: nothing is marked published.
    expect(await unpublished(db)).toEqual(stored.map((s) => s.event_id));
    await waitUntil(
      'the killed batch is on Kafka',
      async () => consumer!.received.length >= killedBatch.length,
    );

    const second = startRelay(env);
    children.push(second);
    await waitUntil('the outbox is drained', async () => (await unpublished(db!)).length === 0, 30_000);
    await waitUntil('every event is on Kafka', async () => {
      const ids = new Set(consumer!.received.map((m) => m.eventId));
      return stored.every((s) => ids.has(s.event_id));
    });
    second.process.kill('SIGTERM');
    await second.exited;

    const received = consumer.received;
    const storedIds = new Set(stored.map((s) => s.event_id));
    expect(received.every((m) => storedIds.has(m.eventId))).toBe(true);
    // Only the killed batch may be duplicated.
    const counts = new Map<string, number>();
    for (const m of received) counts.set(m.eventId, (counts.get(m.eventId) ?? 0) + 1);
    for (const [eventId, count] of counts) {
      expect(count).toBeLessThanOrEqual(killedBatch.includes(eventId) ? 2 : 1);
    }
    for (const caseId of ['kill-1', 'kill-2', 'kill-3']) {
      const firstSeen = [...new Set(received.filter((m) => m.key === caseId).map((m) => m.eventId))];
      expect(firstSeen).toEqual(stored.filter((s) => s.message_key === caseId).map((s) => s.event_id));
    }
  });
});
