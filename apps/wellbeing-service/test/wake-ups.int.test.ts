import { randomUUID } from 'node:crypto';
import { makeEnvelope, wellbeingConcerns } from '@qorgau/contracts';
import { Client } from 'pg';
import { WORKFLOW_SIGNALS_TOPIC } from '../src/support-workflow/workflow-signal.relay';
import {
  createTopics,
  provisionedDatabase,
  startWellbeing,
  TestClock,
  testKafka,
  uniqueTopic,
  waitUntil,
  type Wellbeing,
} from './support/harness';

/**
 * The service's loops (outbox relay, workflow-signal relay, due check-in scheduler) wake on NOTIFY when another
 * connection commits their work, with polls set far beyond the test's patience: only the wake-up can deliver.
 */
describe('loop wake-ups', () => {
  const concerns = uniqueTopic('wake-concerns');
  // Every topic the service touches is its own: a fresh broker has none of the defaults.
  const followUps = uniqueTopic('wake-follow-ups');
  const caseEvents = uniqueTopic('wake-case-events');
  const checkIns = uniqueTopic('wake-check-ins');
  const clock = new TestClock(new Date('2026-04-08T06:00:00Z'));
  const PROMPTLY_MS = 10_000;
  let wellbeing: Wellbeing;
  let other: Client;

  beforeAll(async () => {
    const { serviceUrl } = await provisionedDatabase('wellbeing_wake_ups');
    await createTopics(testKafka(), [concerns, followUps, caseEvents, checkIns]);
    wellbeing = await startWellbeing(
      serviceUrl,
      {
        CONCERNS_TOPIC: concerns,
        FOLLOW_UPS_TOPIC: followUps,
        CASE_EVENTS_TOPIC: caseEvents,
        CHECK_INS_TOPIC: checkIns,
        WELLBEING_CONSUMER_GROUP: followUps,
        OUTBOX_POLL_MS: '3600000',
        SCHEDULER_POLL_MS: '3600000',
      },
      clock,
    );
    // Another process's connection (as another instance, or a migration script, would write).
    other = new Client({ connectionString: serviceUrl });
    await other.connect();
    // Let every loop's first round (at start) finish on empty tables.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });

  afterAll(async () => {
    await other?.end();
    await wellbeing?.close();
  });

  const published = async (id: string): Promise<boolean> => {
    const { rows } = await other.query<{ done: boolean }>(
      'SELECT published_at IS NOT NULL AS done FROM wellbeing.outbox WHERE id = $1',
      [id],
    );
    return rows[0]?.done === true;
  };

  it('relays an outbox row committed by another connection long before the next poll', async () => {
    const contract = wellbeingConcerns.withName(concerns);
    const raisedAt = clock.now();
    const event = makeEnvelope(contract, 'wellbeing.concern.raised', {
      eventId: randomUUID(),
      occurredAt: raisedAt,
      producer: 'wellbeing-service',
      subject: 'case-wake',
      data: { caseId: 'case-wake', category: 'stigmatization', raisedAt: raisedAt.toISOString() },
    });
    const written = Date.now();
    await other.query(
      `INSERT INTO wellbeing.outbox (id, topic, envelope, created_at, attempts) VALUES ($1, $2, $3, now(), 0)`,
      [event.eventId, contract.name, JSON.stringify(event)],
    );
    await waitUntil('the event is published', () => published(event.eventId), PROMPTLY_MS);
    expect(Date.now() - written).toBeLessThan(PROMPTLY_MS);
  });

  it('sends a workflow signal committed by another connection at once (one to no workflow is dropped)', async () => {
    const id = randomUUID();
    await other.query(
      `INSERT INTO wellbeing.outbox (id, topic, envelope, created_at, attempts) VALUES ($1, $2, $3, now(), 0)`,
      [
        id,
        WORKFLOW_SIGNALS_TOPIC,
        JSON.stringify({
          workflowId: `support-nobody-assault-${id}`,
          signal: 'consentWithdrawn',
          args: {},
        }),
      ],
    );
    await waitUntil('the signal is handled', () => published(id), PROMPTLY_MS);
  });

  it('turns a check-in scheduled today by another connection into a task at once', async () => {
    const planId = 'support-officer-w1-inc-wake';
    await other.query(
      `INSERT INTO wellbeing.support_plans (plan_id, person_ref, role, case_id, unit_id, origin, incident_ref, starts_on, status, consent_state)
       VALUES ($1, 'officer-w1', 'assaulted-officer', NULL, 'unit-almaty-3', 'assault-on-duty', 'inc-wake', '2026-04-01', 'active', 'given')`,
      [planId],
    );
    await other.query(
      `INSERT INTO wellbeing.scheduled_check_ins (plan_id, check_in_number, offset_days, due_on, status)
       VALUES ($1, 1, 7, '2026-04-08', 'scheduled')`,
      [planId],
    );
    await waitUntil(
      'the task is open',
      async () =>
        (
          await other.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM wellbeing.check_in_tasks WHERE plan_id = $1',
            [planId],
          )
        ).rows[0]!.n === 1,
      PROMPTLY_MS,
    );
  });
});
