import { EventPublisher } from '@qorgau/messaging';
import { supportFollowUps } from '@qorgau/contracts';
import request from 'supertest';
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

const tasksOf = async (w: Wellbeing, planId: string) =>
  (await w.dataSource.query(
    `SELECT * FROM wellbeing.check_in_tasks WHERE plan_id = $1 ORDER BY check_in_number`,
    [planId],
  )) as Record<string, unknown>[];

describe('support.follow-ups.v1 → check-in tasks', () => {
  const kafka = testKafka();
  const topic = uniqueTopic('follow-ups');
  const contract = supportFollowUps.withName(topic);
  const env = { FOLLOW_UPS_TOPIC: topic, WELLBEING_CONSUMER_GROUP: `wellbeing-${topic}` };
  const clock = new TestClock(new Date('2026-01-17T05:00:00Z'));
  const publisher = new EventPublisher({ kafka });
  let serviceUrl: string;
  let wellbeing: Wellbeing;

  beforeAll(async () => {
    ({ serviceUrl } = await provisionedDatabase('wellbeing_follow_ups'));
    await createTopics(kafka, [topic]);
    await publisher.connect();
    wellbeing = await startWellbeing(serviceUrl, env, clock);
  });
  afterAll(async () => {
    await wellbeing?.close();
    await publisher.disconnect();
  });

  it('turns a check-in published twice into one task, also after a consumer restart', async () => {
    const due = followUp(contract, 'support.check-in.due', 'officer-1', 1);
    const sentinel = followUp(contract, 'support.check-in.due', 'officer-1', 2);
    await publisher.publish(contract, followUp(contract, 'support.plan.started', 'officer-1'));
    await publisher.publish(contract, due);
    await publisher.publish(contract, due);
    await publisher.publish(contract, sentinel);
    const planId = due.data.planId;
    await waitUntil('the sentinel is a task', async () => (await tasksOf(wellbeing, planId)).length === 2);

    await wellbeing.close();
    await publisher.publish(contract, due);
    const after = followUp(contract, 'support.check-in.due', 'officer-1', 3);
    await publisher.publish(contract, after);
    wellbeing = await startWellbeing(serviceUrl, env, clock);
    await waitUntil(
      'the post-restart sentinel is a task',
      async () => (await tasksOf(wellbeing, planId)).length === 3,
    );

    const tasks = await tasksOf(wellbeing, planId);
    expect(tasks.map((t) => t.check_in_number)).toEqual([1, 2, 3]);
    expect(tasks[0]).toMatchObject({
      kind: 'check-in',
      status: 'open',
      priority: 'normal',
      escalated: false,
      unit_id: 'unit-almaty-3',
      case_id: 'case-42',
    });
    // Ordinary check-ins go to wellbeing staff: the seed unit's psychologist (its lead), never its freer HR
    // inspector.
    expect(tasks[0]!.assigned_to).toBe('psychologist-1');
    const [{ count }] = (await wellbeing.dataSource.query(
      `SELECT count(*)::int AS count FROM wellbeing.processed_events WHERE event_id = $1`,
      [due.eventId],
    )) as [{ count: number }];
    expect(count).toBe(1);
  });

  it("keeps a check-in and its answers with the psychologist; the HR inspector sees them only with the officer's consent", async () => {
    const due = followUp(contract, 'support.check-in.due', 'officer-7', 1);
    await publisher.publish(contract, due);
    const { planId } = due.data;
    await waitUntil('the task exists', async () => (await tasksOf(wellbeing, planId)).length === 1);
    const server = wellbeing.app.getHttpServer();
    const psychologist = await tokenFor('psychologist-1', ['wellbeing-staff']);
    const hr = await tokenFor('hr-1', ['hr-inspector']);
    const officer = await tokenFor('officer-7', ['officer']);
    const answers = {
      isolation: 'often',
      'colleagues-attitude': 'agree',
      'loyalty-doubt': 'rather-disagree',
      'procedure-trust': 'agree',
      'organizational-support': 'rather-agree',
      strain: 'sometimes',
      burnout: 'never',
    };
    await request(server)
      .post('/me/check-ins')
      .set('authorization', `Bearer ${officer}`)
      .send({ planId, answers, contactRequested: false, concern: 'мне тяжело', language: 'ru' })
      .expect(201);
    const [task] = (await tasksOf(wellbeing, planId)) as [{ id: string; assigned_to: string }];
    expect(task.assigned_to).toBe('psychologist-1');

    const seen = await request(server)
      .get(`/tasks/${task.id}`)
      .set('authorization', `Bearer ${psychologist}`)
      .expect(200);
    expect(seen.body.checkIns).toHaveLength(1);
    expect(seen.body.checkIns[0]).toMatchObject({ answers, concernText: 'мне тяжело' });

    const hrList = async () =>
      (
        (await request(server).get('/tasks').set('authorization', `Bearer ${hr}`).expect(200))
          .body as CheckInTaskEntity[]
      ).filter((t) => t.planId === planId);
    // Without consent the HR inspector neither lists the check-in nor reads it, nor works on it.
    expect(await hrList()).toEqual([]);
    await request(server).get(`/tasks/${task.id}`).set('authorization', `Bearer ${hr}`).expect(404);
    await request(server)
      .post(`/tasks/${task.id}/contacts`)
      .set('authorization', `Bearer ${hr}`)
      .send({ channel: 'phone' })
      .expect(404);
    const plan = await request(server)
      .get(`/plans/${planId}`)
      .set('authorization', `Bearer ${hr}`)
      .expect(200);
    expect(plan.body.tasks).toEqual([]);

    // The officer lets HR read the answers: now the HR inspector sees the check-in with them.
    await request(server)
      .post(`/me/plans/${planId}/answers-to-hr`)
      .set('authorization', `Bearer ${officer}`)
      .send({ decision: 'given' })
      .expect(201);
    expect((await hrList()).map((t) => t.id)).toEqual([task.id]);
    const shared = await request(server)
      .get(`/tasks/${task.id}`)
      .set('authorization', `Bearer ${hr}`)
      .expect(200);
    expect(shared.body.checkIns[0]).toMatchObject({ answers });

    // ... and takes it back.
    await request(server)
      .post(`/me/plans/${planId}/answers-to-hr`)
      .set('authorization', `Bearer ${officer}`)
      .send({ decision: 'stopped' })
      .expect(201);
    await request(server).get(`/tasks/${task.id}`).set('authorization', `Bearer ${hr}`).expect(404);
    const consents = await request(server)
      .get(`/plans/${planId}`)
      .set('authorization', `Bearer ${psychologist}`)
      .expect(200);
    expect(
      (consents.body.consents as { scope: string; decision: string }[])
        .map((c) => [c.scope, c.decision])
        .sort(),
    ).toEqual([
      ['answers-to-hr', 'given'],
      ['answers-to-hr', 'stopped'],
    ]);
  });

  it('escalates a missed check-in: urgent, flagged, assigned to the unit lead', async () => {
    const due = followUp(contract, 'support.check-in.due', 'officer-2', 1);
    await publisher.publish(contract, due);
    await publisher.publish(contract, followUp(contract, 'support.check-in.missed', 'officer-2', 1));
    // A missed check-in whose due event never arrived still becomes an escalated task.
    await publisher.publish(contract, followUp(contract, 'support.check-in.missed', 'officer-2', 2));
    await waitUntil('both are tasks', async () => (await tasksOf(wellbeing, due.data.planId)).length === 2);
    await waitUntil('the first is escalated', async () =>
      (await tasksOf(wellbeing, due.data.planId)).every((t) => t.escalated === true),
    );
    for (const task of await tasksOf(wellbeing, due.data.planId)) {
      expect(task).toMatchObject({
        priority: 'urgent',
        escalated: true,
        assigned_to: 'psychologist-1',
      });
    }

    const staff = await tokenFor('psychologist-1', ['wellbeing-staff']);
    const mine = await request(wellbeing.app.getHttpServer())
      .get('/tasks?mine=true&status=open')
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    const ids = (mine.body as CheckInTaskEntity[]).filter((t) => t.planId === due.data.planId);
    expect(ids).toHaveLength(2);
  });

  it('respects a declined consent: recorded with its time, open tasks cancelled, no new task', async () => {
    const due = followUp(contract, 'support.check-in.due', 'officer-3', 1);
    await publisher.publish(contract, due);
    await waitUntil('the task exists', async () => (await tasksOf(wellbeing, due.data.planId)).length === 1);

    const officer = await tokenFor('officer-3', ['officer']);
    const server = wellbeing.app.getHttpServer();
    const consent = await request(server)
      .post(`/me/plans/${due.data.planId}/consent`)
      .set('authorization', `Bearer ${officer}`)
      .send({ decision: 'declined' })
      .expect(201);
    expect(consent.body).toMatchObject({ decision: 'declined', recordedAt: clock.now().toISOString() });

    const later = followUp(contract, 'support.check-in.due', 'officer-3', 2);
    const sentinel = followUp(contract, 'support.check-in.due', 'officer-4', 1);
    await publisher.publish(contract, later);
    await publisher.publish(contract, sentinel);
    await waitUntil(
      'the sentinel is a task',
      async () => (await tasksOf(wellbeing, sentinel.data.planId)).length === 1,
    );

    const tasks = await tasksOf(wellbeing, due.data.planId);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ status: 'cancelled' });
    const plans = await request(server)
      .get('/me/plans')
      .set('authorization', `Bearer ${officer}`)
      .expect(200);
    expect(plans.body).toEqual([
      expect.objectContaining({ planId: due.data.planId, consentState: 'declined' }),
    ]);
  });
});
