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
});
