import { EVENT_HEADERS, TOPICS } from '@qorgau/contracts';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { recordCommands, reportOf, today } from './support/cases';
import {
  collect,
  createTopics,
  migratedDatabase,
  startCases,
  testKafka,
  uniqueTopic,
  waitUntil,
  type CasesApp,
} from './support/harness';

const CASES = ['relay-1', 'relay-2', 'relay-3'];

describe('outbox relay', () => {
  const kafka = testKafka();
  const topic = uniqueTopic('case-events');
  let db: DataSource;
  let cases: CasesApp | undefined;
  let consumer: Awaited<ReturnType<typeof collect>> | undefined;

  afterAll(async () => {
    await consumer?.stop();
    await cases?.close();
    await db?.destroy();
  });

  it('publishes every recorded event once, in order per case, with its envelope and headers', async () => {
    await createTopics(kafka, [topic]);
    const created = await migratedDatabase('cases_relay');
    db = created.dataSource;
    // Written before the relay runs (a backlog) ...
    for (const caseId of CASES.slice(0, 2))
      await recordCommands(db, caseId, [reportOf(today()), { type: 'RequestExplanations' }]);

    cases = await startCases(created.url, { CASE_EVENTS_TOPIC: topic });
    consumer = await collect(kafka, topic);
    // ... and while it runs.
    await recordCommands(db, CASES[2]!, [reportOf(today()), { type: 'RequestExplanations' }]);

    const stored = (await db.query(
      `SELECT event_id, message_key, envelope->>'type' AS type FROM cases.outbox ORDER BY id`,
    )) as { event_id: string; message_key: string; type: string }[];
    expect(stored.length).toBeGreaterThanOrEqual(6);
    await waitUntil('every event is on Kafka', async () => consumer!.received.length >= stored.length);
    await waitUntil('the outbox is drained', async () => {
      const [row] = (await db.query(
        'SELECT count(*)::int AS n FROM cases.outbox WHERE published_at IS NULL',
      )) as [{ n: number }];
      return row.n === 0;
    });

    const received = consumer.received;
    expect(new Set(received.map((m) => m.eventId)).size).toBe(received.length);
    for (const caseId of CASES) {
      expect(received.filter((m) => m.key === caseId).map((m) => m.eventId)).toEqual(
        stored.filter((s) => s.message_key === caseId).map((s) => s.event_id),
      );
    }
    const first = received.find((m) => m.eventId === stored[0]!.event_id)!;
    expect(first.type).toBe(stored[0]!.type);
    expect(first.headers[EVENT_HEADERS.eventType]).toBe(stored[0]!.type);
    expect(first.headers[EVENT_HEADERS.requestId]).toBe(`${stored[0]!.message_key}-r0`);

    const metrics = await request(cases.app.getHttpServer()).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/^cases_outbox_lag_seconds 0$/m);
    expect(metrics.text).toMatch(/^cases_outbox_pending 0$/m);
    expect(TOPICS.caseEvents).not.toBe(topic);
  });

  it('records every failed publish (attempts, last error) outside the rolled-back batch, and reports stuck messages in metrics and readiness', async () => {
    // A real broker refusal: the topic only takes tiny messages, so every publish of a case event fails.
    const refusing = uniqueTopic('case-events-refusing');
    const admin = kafka.admin();
    await admin.connect();
    const setMaxBytes = (bytes: number) =>
      admin.alterConfigs({
        validateOnly: false,
        resources: [
          { type: 2, name: refusing, configEntries: [{ name: 'max.message.bytes', value: String(bytes) }] },
        ],
      });
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: [
          { topic: refusing, numPartitions: 1, configEntries: [{ name: 'max.message.bytes', value: '64' }] },
        ],
      });
      const created = await migratedDatabase('cases_relay_stuck');
      const stuckDb = created.dataSource;
      await recordCommands(stuckDb, 'relay-stuck', [reportOf(today())]);
      const app = await startCases(created.url, {
        CASE_EVENTS_TOPIC: refusing,
        OUTBOX_STUCK_ATTEMPTS: '2',
        OUTBOX_POLL_MS: '200',
      });
      try {
        const notes = async () =>
          (await stuckDb.query(
            'SELECT attempts, last_error, published_at FROM cases.outbox ORDER BY id',
          )) as { attempts: number; last_error: string | null; published_at: Date | null }[];
        await waitUntil('the failures are recorded', async () =>
          (await notes()).every((n) => n.attempts >= 2 && n.last_error !== null),
        );
        const failing = await notes();
        expect(failing.every((n) => n.published_at === null)).toBe(true);
        expect(failing[0]!.last_error).toMatch(/too large|larger/i);

        const http = () => request(app.app.getHttpServer());
        await waitUntil('the metrics count the stuck messages', async () =>
          new RegExp(`^cases_outbox_stuck ${failing.length}$`, 'm').test((await http().get('/metrics')).text),
        );
        expect((await http().get('/metrics')).text).toMatch(
          /^cases_outbox_publish_failures_total [1-9]\d*$/m,
        );
        const notReady = await http().get('/health/ready');
        expect(notReady.status).toBe(503);
        expect(notReady.body.detail).toMatch(/outbox/);

        // The broker takes them again: published, the note cleared, ready again.
        await setMaxBytes(1_048_576);
        await waitUntil('the stuck messages are published', async () =>
          (await notes()).every((n) => n.published_at !== null && n.last_error === null),
        );
        await waitUntil('the stuck gauge is back to 0', async () =>
          /^cases_outbox_stuck 0$/m.test((await http().get('/metrics')).text),
        );
        await http().get('/health/ready').expect(200);
      } finally {
        await app.close();
        await stuckDb.destroy();
      }
    } finally {
      await admin.disconnect();
    }
  });

  it('wakes on NOTIFY when another process commits to the outbox, long before its next poll', async () => {
    const wakeTopic = uniqueTopic('case-events-wake');
    await createTopics(kafka, [wakeTopic]);
    const created = await migratedDatabase('cases_relay_wake');
    const wakeDb = created.dataSource;
    // A poll once a minute: only the wake-up can deliver within the few seconds allowed below.
    const relay = await startCases(created.url, { CASE_EVENTS_TOPIC: wakeTopic, OUTBOX_POLL_MS: '60000' });
    const seen = await collect(kafka, wakeTopic);
    try {
      // Let the relay's first round (at start) finish on the empty outbox.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const written = Date.now();
      // Written on the test's own connection, as the worker does: the service gets no nudge.
      await recordCommands(wakeDb, 'relay-wake', [reportOf(today())]);
      await waitUntil('the event is on Kafka', async () => seen.received.length >= 1, 10_000);
      expect(Date.now() - written).toBeLessThan(10_000);
    } finally {
      await seen.stop();
      await relay.close();
      await wakeDb.destroy();
    }
  });
});
