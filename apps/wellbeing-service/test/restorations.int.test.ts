import { randomUUID } from 'node:crypto';
import { caseEvents, makeEnvelope, supportFollowUps } from '@qorgau/contracts';
import { EventPublisher } from '@qorgau/messaging';
import request from 'supertest';
import { DISCIPLINARY_ROLES } from '../src/auth/roles';
import { type CheckInTaskEntity } from '../src/db/entities';
import { followUp } from './support/follow-ups';
import {
  createTopics,
  provisionedDatabase,
  startWellbeing,
  TestClock,
  testKafka,
  tokenFor,
  uniqueTopic,
  waitUntil,
  type Wellbeing,
} from './support/harness';

const tasksOfCase = async (w: Wellbeing, caseId: string) =>
  (await w.dataSource.query(
    `SELECT *, due_on::text AS due_day FROM wellbeing.check_in_tasks WHERE case_id = $1 ORDER BY person_ref`,
    [caseId],
  )) as Record<string, unknown>[];

describe('case.restoration-started → the HR support follow-up', () => {
  const kafka = testKafka();
  const followUpsTopic = uniqueTopic('restoration-follow-ups');
  const caseTopic = uniqueTopic('restoration-case-events');
  const followUps = supportFollowUps.withName(followUpsTopic);
  const cases = caseEvents.withName(caseTopic);
  const env = {
    FOLLOW_UPS_TOPIC: followUpsTopic,
    CASE_EVENTS_TOPIC: caseTopic,
    WELLBEING_CONSUMER_GROUP: `wellbeing-${followUpsTopic}`,
  };
  const clock = new TestClock(new Date('2026-01-10T05:00:00Z'));
  const publisher = new EventPublisher({ kafka });
  let serviceUrl: string;
  let wellbeing: Wellbeing;

  /** As the cases service publishes the domain's RestorationStarted (through its public schema). */
  const restorationStarted = (caseId: string, personRef: string, hrFollowUpOn = '2026-01-17') =>
    makeEnvelope(cases, 'case.restoration-started', {
      eventId: randomUUID(),
      occurredAt: clock.now(),
      producer: 'cases-service',
      subject: caseId,
      data: {
        caseId,
        at: clock.now().toISOString(),
        on: '2026-01-10',
        plans: [
          {
            personRef,
            findingsNoticeOn: '2026-01-10',
            excludedFromRiskIndicators: true,
            hrFollowUpOn,
            citation: 'fairness guard: restoration when allegations are not sustained',
          },
        ],
      },
    });
  const otherCaseEvent = (caseId: string) =>
    makeEnvelope(cases, 'case.proceedings-ended', {
      eventId: randomUUID(),
      occurredAt: clock.now(),
      producer: 'cases-service',
      subject: caseId,
      data: {
        caseId,
        at: clock.now().toISOString(),
        on: '2026-01-10',
        reason: 'not-sustained',
        statement: 'The allegations were not sustained.',
        findings: [{ personRef: 'officer-b', facts: 'not-established', statement: 'No objective evidence.' }],
      },
    });

  beforeAll(async () => {
    ({ serviceUrl } = await provisionedDatabase('wellbeing_restorations'));
    await createTopics(kafka, [followUpsTopic, caseTopic]);
    await publisher.connect();
    wellbeing = await startWellbeing(serviceUrl, env, clock);
  });
  afterAll(async () => {
    await wellbeing?.close();
    await publisher.disconnect();
  });

  it("opens one task for the unit's HR inspector once the plan is known, also when redelivered", async () => {
    const caseId = 'case-r1';
    const restoration = restorationStarted(caseId, 'officer-b');
    await publisher.publish(cases, otherCaseEvent(caseId));
    await publisher.publish(cases, restoration);
    await publisher.publish(cases, restoration);
    await waitUntil('the follow-up is stored', async () => {
      const rows = (await wellbeing.dataSource.query(
        `SELECT * FROM wellbeing.restoration_follow_ups WHERE case_id = $1`,
        [caseId],
      )) as unknown[];
      return rows.length === 1;
    });
    // Case events carry no unit: no task until the officer's plan of the case arrives.
    expect(await tasksOfCase(wellbeing, caseId)).toEqual([]);

    await publisher.publish(
      followUps,
      followUp(followUps, 'support.plan.started', 'officer-b', 1, { caseId }),
    );
    await waitUntil('the task exists', async () => (await tasksOfCase(wellbeing, caseId)).length === 1);
    // Redelivered after a restart: still one task.
    await wellbeing.close();
    await publisher.publish(cases, restoration);
    await publisher.publish(cases, restorationStarted(caseId, 'officer-b', '2026-02-01'));
    const sentinel = restorationStarted('case-r1-sentinel', 'officer-z');
    await publisher.publish(cases, sentinel);
    wellbeing = await startWellbeing(serviceUrl, env, clock);
    await waitUntil('the sentinel is stored', async () => {
      const rows = (await wellbeing.dataSource.query(
        `SELECT 1 FROM wellbeing.restoration_follow_ups WHERE case_id = 'case-r1-sentinel'`,
      )) as unknown[];
      return rows.length === 1;
    });

    const tasks = await tasksOfCase(wellbeing, caseId);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      kind: 'restoration-follow-up',
      person_ref: 'officer-b',
      plan_id: `support-officer-b-${caseId}`,
      unit_id: 'unit-almaty-3',
      status: 'open',
      priority: 'normal',
      escalated: false,
      check_in_number: null,
      assigned_to: 'hr-1',
    });
    expect(tasks[0]!.due_day).toBe('2026-01-17');

    const server = wellbeing.app.getHttpServer();
    const hr = await tokenFor('hr-1', ['hr-inspector']);
    const mine = await request(server)
      .get('/tasks?mine=true&status=open')
      .set('authorization', `Bearer ${hr}`)
      .expect(200);
    expect((mine.body as CheckInTaskEntity[]).filter((t) => t.caseId === caseId)).toEqual([
      expect.objectContaining({ kind: 'restoration-follow-up', dueOn: '2026-01-17', assignedTo: 'hr-1' }),
    ]);
    const psychologist = await tokenFor('psychologist-1', ['wellbeing-staff']);
    const theirs = await request(server)
      .get('/tasks?mine=true')
      .set('authorization', `Bearer ${psychologist}`)
      .expect(200);
    expect((theirs.body as CheckInTaskEntity[]).filter((t) => t.caseId === caseId)).toEqual([]);
    // The wall: no disciplinary role reads it.
    for (const role of DISCIPLINARY_ROLES) {
      const token = await tokenFor('head-1', [role]);
      await request(server).get('/tasks').set('authorization', `Bearer ${token}`).expect(403);
      await request(server)
        .get(`/tasks/${String(tasks[0]!.id)}`)
        .set('authorization', `Bearer ${token}`)
        .expect(403);
    }
  });

  it('opens the task at once when the plan is already known', async () => {
    const caseId = 'case-r2';
    await publisher.publish(
      followUps,
      followUp(followUps, 'support.plan.started', 'officer-c', 1, { caseId }),
    );
    await waitUntil('the plan exists', async () => {
      const rows = (await wellbeing.dataSource.query(
        `SELECT 1 FROM wellbeing.support_plans WHERE case_id = $1`,
        [caseId],
      )) as unknown[];
      return rows.length === 1;
    });
    await publisher.publish(cases, restorationStarted(caseId, 'officer-c', '2026-01-20'));
    await waitUntil('the task exists', async () => (await tasksOfCase(wellbeing, caseId)).length === 1);
    expect((await tasksOfCase(wellbeing, caseId))[0]).toMatchObject({
      kind: 'restoration-follow-up',
      due_day: '2026-01-20',
      assigned_to: 'hr-1',
    });
  });

  it('asks nothing more of an officer who refused support', async () => {
    const caseId = 'case-r3';
    const started = followUp(followUps, 'support.plan.started', 'officer-d', 1, { caseId });
    await publisher.publish(followUps, started);
    await waitUntil('the plan exists', async () => {
      const rows = (await wellbeing.dataSource.query(
        `SELECT 1 FROM wellbeing.support_plans WHERE case_id = $1`,
        [caseId],
      )) as unknown[];
      return rows.length === 1;
    });
    const officer = await tokenFor('officer-d', ['officer']);
    await request(wellbeing.app.getHttpServer())
      .post(`/me/plans/${started.data.planId}/consent`)
      .set('authorization', `Bearer ${officer}`)
      .send({ decision: 'declined' })
      .expect(201);
    await publisher.publish(cases, restorationStarted(caseId, 'officer-d'));
    const sentinel = 'case-r3-sentinel';
    await publisher.publish(cases, restorationStarted(sentinel, 'officer-e'));
    await waitUntil('the sentinel is stored', async () => {
      const rows = (await wellbeing.dataSource.query(
        `SELECT 1 FROM wellbeing.restoration_follow_ups WHERE case_id = $1`,
        [sentinel],
      )) as unknown[];
      return rows.length === 1;
    });
    expect(await tasksOfCase(wellbeing, caseId)).toEqual([]);
  });
});
