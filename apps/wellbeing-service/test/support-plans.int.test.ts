import request from 'supertest';
import { DueCheckInScheduler } from '../src/plans/due-check-in.scheduler';
import {
  createTopics,
  provisionedDatabase,
  startWellbeing,
  TestClock,
  testKafka,
  tokenFor,
  uniqueTopic,
  type Wellbeing,
} from './support/harness';
import { startDirectory, type Directory } from './support/directory';

/** Workflow ids outlive a run on a shared Temporal server: incidents are this run's own. */
const RUN = Math.random().toString(36).slice(2, 8);

const calm = {
  isolation: 'never',
  'colleagues-attitude': 'disagree',
  'loyalty-doubt': 'rather-disagree',
  'procedure-trust': 'agree',
  'organizational-support': 'rather-agree',
  strain: 'sometimes',
  burnout: 'never',
};

describe('assault-on-duty plans, self check-ins and statistics', () => {
  const clock = new TestClock(new Date('2026-04-01T04:00:00Z'));
  let wellbeing: Wellbeing;
  let server: ReturnType<Wellbeing['app']['getHttpServer']>;
  let staff: string;
  let directory: Directory;

  const startPlan = async (personRef: string, unitId: string, consent = 'given') =>
    (
      await request(server)
        .post('/plans/assault-on-duty')
        .set('authorization', `Bearer ${staff}`)
        .send({
          personRef,
          incidentRef: `inc-${personRef}-${RUN}`,
          unitId,
          reportedOn: '2026-04-01',
          consent,
        })
        .expect(201)
    ).body as { planId: string; checkIns: { checkInNumber: number; dueOn: string }[] };

  beforeAll(async () => {
    const { serviceUrl } = await provisionedDatabase('wellbeing_plans');
    const topic = uniqueTopic('plans');
    await createTopics(testKafka(), [topic]);
    directory = await startDirectory('wellbeing_plans_directory');
    await directory.add('unit-almaty-3', ['officer-a1', 'officer-d1']);
    await directory.add(
      'unit-astana-1',
      [1, 2, 3, 4, 5, 6].map((n) => `officer-b${n}`),
    );
    await directory.add(
      'unit-shymkent-2',
      [1, 2, 3, 4, 5].map((n) => `officer-c${n}`),
    );
    wellbeing = await startWellbeing(
      serviceUrl,
      { FOLLOW_UPS_TOPIC: topic, WELLBEING_CONSUMER_GROUP: topic, CASES_SERVICE_URL: directory.url },
      clock,
    );
    server = wellbeing.app.getHttpServer();
    staff = await tokenFor('psychologist-1', ['wellbeing-staff']);
  });
  afterAll(async () => {
    await wellbeing?.close();
    await directory?.stop();
  });

  it('opens a plan only for an officer of an existing unit, in that unit: 422 naming the field, nothing written', async () => {
    const open = (personRef: string, unitId: string) =>
      request(server)
        .post('/plans/assault-on-duty')
        .set('authorization', `Bearer ${staff}`)
        .send({ personRef, incidentRef: `inc-x-${personRef}`, unitId, reportedOn: '2026-04-01' });
    for (const [personRef, unitId, field] of [
      ['officer-a1', 'unit-nowhere', 'unitId'],
      ['officer-ghost', 'unit-almaty-3', 'personRef'],
      ['officer-b1', 'unit-almaty-3', 'personRef'],
    ] as const) {
      const refused = await open(personRef, unitId).expect(422);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ errors: [{ field, rule: 'directory' }] });
    }
    const plans = (await wellbeing.dataSource.query(
      `SELECT plan_id FROM wellbeing.support_plans WHERE incident_ref LIKE 'inc-x-%'`,
    )) as unknown[];
    expect(plans).toEqual([]);
    // The roster is for support staff only: no disciplinary role reads it.
    for (const role of ['head', 'investigator', 'commission-chair'] as const) {
      const token = await tokenFor(`${role}-1`, [role]);
      const response = await fetch(`${directory.url}/support/directory/units/unit-almaty-3`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(403);
    }
  });

  it('starts a plan without a case on the support workflow, with the domain check-ins and no poller rows', async () => {
    const plan = await startPlan('officer-a1', 'unit-almaty-3');
    expect(plan).toMatchObject({
      planId: `support-officer-a1-inc-officer-a1-${RUN}`,
      workflowId: `support-officer-a1-assault-inc-officer-a1-${RUN}`,
    });
    expect(plan.checkIns.map((c) => c.dueOn)).toEqual([
      '2026-04-08',
      '2026-05-01',
      '2026-06-30',
      '2026-09-28',
    ]);
    const details = await request(server)
      .get(`/plans/${plan.planId}`)
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    expect(details.body.schedule).toEqual([]);
    // A second plan for the same incident: its workflow exists already.
    await request(server)
      .post('/plans/assault-on-duty')
      .set('authorization', `Bearer ${staff}`)
      .send({
        personRef: 'officer-a1',
        incidentRef: `inc-officer-a1-${RUN}`,
        unitId: 'unit-almaty-3',
        reportedOn: '2026-04-01',
      })
      .expect(409);
  });

  it('keeps serving the poller schedule of a plan opened before plans ran on the workflow', async () => {
    // Such a plan as the earlier version stored it: the plan row and its scheduled check-ins.
    const plan = { planId: 'support-officer-a1-inc-legacy' };
    await wellbeing.dataSource.query(
      `INSERT INTO wellbeing.support_plans (plan_id, person_ref, role, case_id, unit_id, origin, incident_ref, starts_on, status, consent_state)
       VALUES ($1, 'officer-a1', 'assaulted-officer', NULL, 'unit-almaty-3', 'assault-on-duty', 'inc-legacy', '2026-04-01', 'active', 'given')`,
      [plan.planId],
    );
    for (const [n, dueOn] of ['2026-04-08', '2026-05-01', '2026-06-30', '2026-09-28'].entries())
      await wellbeing.dataSource.query(
        `INSERT INTO wellbeing.scheduled_check_ins (plan_id, check_in_number, offset_days, due_on, status)
         VALUES ($1, $2, $3, $4, 'scheduled')`,
        [plan.planId, n + 1, [7, 30, 90, 180][n], dueOn],
      );
    const scheduler = wellbeing.app.get(DueCheckInScheduler);
    const tasksOfPlan = async () =>
      (
        (await wellbeing.dataSource.query(
          'SELECT count(*)::int AS n FROM wellbeing.check_in_tasks WHERE plan_id = $1',
          [plan.planId],
        )) as [{ n: number }]
      )[0].n;
    await scheduler.runOnce();
    expect(await tasksOfPlan()).toBe(0);
    clock.advanceDays(7);
    // This scan or a round of the scheduler's own loop (woken by the inserts' NOTIFY) opens the task.
    await scheduler.runOnce();
    expect(await tasksOfPlan()).toBe(1);
    expect(await scheduler.runOnce()).toBe(0);

    const details = await request(server)
      .get(`/plans/${plan.planId}`)
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    const [task] = (details.body as { tasks: { id: string; caseId: string | null; checkInNumber: number }[] })
      .tasks;
    expect(task).toMatchObject({ caseId: null, checkInNumber: 1 });
    const auth = { authorization: `Bearer ${staff}` };
    await request(server)
      .post(`/tasks/${task!.id}/contacts`)
      .set(auth)
      .send({ channel: 'phone', note: 'talked' })
      .expect(201);
    await request(server)
      .post(`/tasks/${task!.id}/referrals`)
      .set(auth)
      .send({ kind: 'peer-support' })
      .expect(201);
    await request(server)
      .post(`/tasks/${task!.id}/close`)
      .set(auth)
      .send({ outcome: 'supported' })
      .expect(201);
    const closed = await request(server).get(`/tasks/${task!.id}`).set(auth).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'supported' });
    expect(closed.body.contacts).toHaveLength(1);
    expect(closed.body.referrals).toEqual([expect.objectContaining({ kind: 'peer-support' })]);

    // The officer stops the follow-ups: the next check-in never becomes a task.
    const officer = await tokenFor('officer-a1', ['officer']);
    await request(server)
      .post(`/me/plans/${plan.planId}/consent`)
      .set('authorization', `Bearer ${officer}`)
      .send({ decision: 'stopped' })
      .expect(201);
    clock.advanceDays(30);
    expect(await scheduler.runOnce()).toBe(0);
    const after = await request(server).get(`/plans/${plan.planId}`).set(auth).expect(200);
    expect(after.body.consents).toEqual([expect.objectContaining({ decision: 'stopped' })]);
    expect(after.body.schedule.map((c: { status: string }) => c.status)).toEqual([
      'due',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('works through a backlog larger than one batch in one scan, not one batch per poll', async () => {
    // 250 check-ins due at once (a day the poller was down, or a mass incident): 3 batches of at most 100.
    await wellbeing.dataSource.query(
      `INSERT INTO wellbeing.support_plans (plan_id, person_ref, role, case_id, unit_id, origin, incident_ref, starts_on, status, consent_state)
       SELECT 'backlog-' || n, 'officer-a1', 'assaulted-officer', NULL, 'unit-almaty-3', 'assault-on-duty',
              'inc-backlog-' || n, '2026-03-01', 'active', 'given'
         FROM generate_series(1, 250) n`,
    );
    await wellbeing.dataSource.query(
      `INSERT INTO wellbeing.scheduled_check_ins (plan_id, check_in_number, offset_days, due_on, status)
       SELECT 'backlog-' || n, 1, 7, '2026-03-08', 'scheduled' FROM generate_series(1, 250) n`,
    );
    const scheduler = wellbeing.app.get(DueCheckInScheduler);
    // Runs after any round the inserts' NOTIFY started, so when it returns every due row has been handled.
    await scheduler.runOnce();
    const [{ tasks, left }] = (await wellbeing.dataSource.query(
      `SELECT (SELECT count(*)::int FROM wellbeing.check_in_tasks WHERE plan_id LIKE 'backlog-%') AS tasks,
              (SELECT count(*)::int FROM wellbeing.scheduled_check_ins
                WHERE plan_id LIKE 'backlog-%' AND status = 'scheduled') AS left`,
    )) as [{ tasks: number; left: number }];
    expect({ tasks, left }).toEqual({ tasks: 250, left: 0 });
    expect(await scheduler.runOnce()).toBe(0);
  });

  it('scores self check-ins, escalates urgent ones and publishes only groups of 5 or more people', async () => {
    const q = await request(server)
      .get('/me/questionnaire?lang=kk')
      .set('authorization', `Bearer ${await tokenFor('officer-x', ['officer'])}`)
      .expect(200);
    expect(q.body.items).toHaveLength(7);

    const submit = async (personRef: string, unitId: string, answers = calm, contactRequested = false) => {
      const { planId } = await startPlan(personRef, unitId);
      const token = await tokenFor(personRef, ['officer'], unitId);
      return (
        await request(server)
          .post('/me/check-ins')
          .set('authorization', `Bearer ${token}`)
          .send({ planId, answers, contactRequested, language: 'ru' })
          .expect(201)
      ).body as { urgent: boolean };
    };
    for (const n of [1, 2, 3, 4, 5, 6]) await submit(`officer-b${n}`, 'unit-astana-1');
    for (const n of [1, 2, 3, 4]) await submit(`officer-c${n}`, 'unit-shymkent-2');
    const urgent = await submit('officer-c5', 'unit-shymkent-2', { ...calm, isolation: 'almost-always' });
    expect(urgent.urgent).toBe(true);
    await submit('officer-d1', 'unit-almaty-3', calm, true);

    const tasks = await request(server)
      .get('/tasks?unitId=unit-shymkent-2&status=open')
      .set('authorization', `Bearer ${staff}`)
      .expect(200);
    expect(tasks.body).toEqual([
      expect.objectContaining({
        kind: 'urgent-self-check-in',
        escalated: true,
        assignedTo: 'psychologist-shymkent-1',
      }),
    ]);

    const auditor = await tokenFor('auditor-1', ['auditor']);
    const stats = (query: string) =>
      request(server).get(`/stats/check-ins${query}`).set('authorization', `Bearer ${auditor}`);
    // Off the grid: a month, a free window, an unknown parameter, a quarter that has not ended yet.
    const refusedOn = async (query: string, field: string) => {
      const refused = await stats(query).expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((refused.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    };
    await refusedOn('?granularity=month', 'granularity');
    await refusedOn('?year=2026&from=2026-04-01', 'from');
    await refusedOn('?year=2026&to=2026-04-30', 'to');
    await refusedOn('?year=2026&quarter=2', 'quarter');
    await refusedOn('?year=2026&quarter=5', 'quarter');
    const unknown = await stats('?month=2026-04').expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ rule: 'unrecognized_keys' })]);
    expect(JSON.stringify(unknown.body.errors)).toContain('month');
    // The check-ins were submitted in 2026-Q2 (May): nothing is out while it runs ...
    expect((await stats('?year=2026').expect(200)).body).toMatchObject({ quarters: ['2026-Q1'], groups: [] });
    // ... and the closed quarter is published whole once it ended.
    clock.advanceDays(60);
    const published = await stats('?year=2026&quarter=2').expect(200);
    expect(published.body).toMatchObject({ granularity: 'quarter', quarters: ['2026-Q2'] });
    expect((await stats('?year=2026').expect(200)).body.groups).toEqual(published.body.groups);
    const groups = published.body.groups as { unitId: string; people: number; urgentCheckIns: number }[];
    expect(groups.map((g) => g.unitId).sort()).toEqual(['unit-astana-1', 'unit-shymkent-2']);
    for (const group of groups) expect(group.people).toBeGreaterThanOrEqual(5);
    expect(groups.find((g) => g.unitId === 'unit-shymkent-2')).toMatchObject({
      people: 5,
      urgentCheckIns: 1,
    });
    expect(JSON.stringify(published.body)).not.toMatch(/officer-/);
  });
});
