import { type INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { DISCIPLINARY_ROLES } from '../src/auth/roles';
import {
  createTopics,
  provisionedDatabase,
  startWellbeing,
  TestClock,
  testKafka,
  tokenFor,
  TEST_ROLE,
  uniqueTopic,
  type Wellbeing,
} from './support/harness';
import { startDirectory, type Directory } from './support/directory';

interface Route {
  method: string;
  path: string;
}

/** Every route Express has registered for the app, read from its router (Express 5). */
function registeredRoutes(app: INestApplication): Route[] {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((m) => m !== '_all')
          .map((method) => ({ method, path: layer.route!.path }))
      : [],
  );
}

/** Unauthenticated probes and the scrape endpoint: no wellbeing record behind them. */
const INFRASTRUCTURE = ['/health/live', '/health/ready', '/metrics'];
/** Swagger UI and the OpenAPI document (API shape only) and Express's catch-all 404 layers. */
const NOT_APP_ROUTES = (path: string) => path.startsWith('/docs') || !path.startsWith('/');

describe('the wall', () => {
  const clock = new TestClock(new Date('2026-02-01T05:00:00Z'));
  let adminUrl: string;
  let directory: Directory;
  let wellbeing: Wellbeing;
  let planId: string;
  let taskId: string;

  beforeAll(async () => {
    const db = await provisionedDatabase('wellbeing_wall');
    adminUrl = db.adminUrl;
    const topic = uniqueTopic('wall');
    await createTopics(testKafka(), [topic]);
    directory = await startDirectory('wellbeing_wall_directory');
    await directory.add('unit-almaty-3', ['officer-9']);
    wellbeing = await startWellbeing(
      db.serviceUrl,
      { FOLLOW_UPS_TOPIC: topic, WELLBEING_CONSUMER_GROUP: topic, CASES_SERVICE_URL: directory.url },
      clock,
    );
    // Real records behind every route, so a refusal is the guard's and not an empty table's.
    const staff = await tokenFor('psychologist-1', ['wellbeing-staff']);
    const plan = await request(wellbeing.app.getHttpServer())
      .post('/plans/assault-on-duty')
      .set('authorization', `Bearer ${staff}`)
      .send({
        personRef: 'officer-9',
        // Workflow ids outlive a run on a shared Temporal server: the incident is this run's own.
        incidentRef: `inc-${Math.random().toString(36).slice(2, 8)}`,
        unitId: 'unit-almaty-3',
        reportedOn: '2026-01-20',
        consent: 'given',
      })
      .expect(201);
    planId = (plan.body as { planId: string }).planId;
    const [task] = (await wellbeing.dataSource.query(
      `INSERT INTO wellbeing.check_in_tasks (id, plan_id, person_ref, unit_id, kind, status, priority)
       VALUES (gen_random_uuid(), $1, 'officer-9', 'unit-almaty-3', 'check-in', 'open', 'normal') RETURNING id`,
      [planId],
    )) as [{ id: string }];
    taskId = task.id;
  });
  afterAll(async () => {
    await wellbeing?.close();
    await directory?.stop();
  });

  it('gives the service role no USAGE on the cases or notifications schema, and no way to read them', async () => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(
        `CREATE SCHEMA cases; CREATE TABLE cases.cases (id text); INSERT INTO cases.cases VALUES ('case-42')`,
      );
      await admin.query(`CREATE SCHEMA notifications; CREATE TABLE notifications.inbox (id text)`);
      const { rows } = await admin.query<{ cases: boolean; notifications: boolean; wellbeing: boolean }>(
        `SELECT has_schema_privilege($1, 'cases', 'USAGE') AS cases,
                has_schema_privilege($1, 'notifications', 'USAGE') AS notifications,
                has_schema_privilege($1, 'wellbeing', 'USAGE') AS wellbeing`,
        [TEST_ROLE.name],
      );
      expect(rows[0]).toEqual({ cases: false, notifications: false, wellbeing: true });
    } finally {
      await admin.end();
    }
    await expect(wellbeing.dataSource.query('SELECT * FROM cases.cases')).rejects.toThrow(
      /permission denied/,
    );
    await expect(wellbeing.dataSource.query('SELECT * FROM notifications.inbox')).rejects.toThrow(
      /permission denied/,
    );
    const [{ user }] = (await wellbeing.dataSource.query('SELECT current_user AS user')) as [
      { user: string },
    ];
    expect(user).toBe(TEST_ROLE.name);
  });

  it('refuses every disciplinary role on every route (403/404, never 2xx)', async () => {
    const routes = registeredRoutes(wellbeing.app).filter((r) => !NOT_APP_ROUTES(r.path));
    const guarded = routes.filter((r) => !INFRASTRUCTURE.includes(r.path));
    expect(
      routes
        .filter((r) => INFRASTRUCTURE.includes(r.path))
        .map((r) => r.path)
        .sort(),
    ).toEqual([...INFRASTRUCTURE].sort());
    expect(guarded.length).toBeGreaterThanOrEqual(12);
    const server = wellbeing.app.getHttpServer();
    const results: string[] = [];
    for (const role of DISCIPLINARY_ROLES) {
      // Same person and unit as the records: only the role differs.
      const token = await tokenFor('officer-9', [role]);
      for (const route of guarded) {
        const path = route.path.replace(':id', taskId).replace(':planId', planId);
        const response = await (request(server) as unknown as Record<string, (p: string) => request.Test>)[
          route.method
        ]!(path)
          .set('authorization', `Bearer ${token}`)
          .send({});
        results.push(`${role} ${route.method.toUpperCase()} ${route.path} ${response.status}`);
      }
    }
    expect(results).toHaveLength(DISCIPLINARY_ROLES.length * guarded.length);
    expect(results.filter((line) => !/ (403|404)$/.test(line))).toEqual([]);
  });

  it('lets the right roles through the same routes (the refusals above are about the role)', async () => {
    const server = wellbeing.app.getHttpServer();
    const staff = await tokenFor('psychologist-1', ['wellbeing-staff']);
    await request(server).get(`/tasks/${taskId}`).set('authorization', `Bearer ${staff}`).expect(200);
    // A check-in is the psychologist's: the HR inspector passes the role check but finds no such task
    // without the officer's consent (follow-ups.int.test.ts covers the consent).
    const hr = await tokenFor('hr-1', ['hr-inspector']);
    await request(server).get(`/tasks/${taskId}`).set('authorization', `Bearer ${hr}`).expect(404);
    await request(server).get(`/plans/${planId}`).set('authorization', `Bearer ${hr}`).expect(200);
    const officer = await tokenFor('officer-9', ['officer']);
    await request(server).get('/me/plans').set('authorization', `Bearer ${officer}`).expect(200);
    const auditor = await tokenFor('auditor-1', ['auditor']);
    await request(server).get('/stats/check-ins').set('authorization', `Bearer ${auditor}`).expect(200);
    // The wellbeing desk draws the same k-anonymous statistics; HR inspectors get none.
    await request(server).get('/stats/check-ins').set('authorization', `Bearer ${staff}`).expect(200);
    await request(server).get('/stats/check-ins').set('authorization', `Bearer ${hr}`).expect(403);
    // An officer cannot reach staff routes, nor an auditor any record.
    await request(server).get(`/tasks/${taskId}`).set('authorization', `Bearer ${officer}`).expect(403);
    await request(server).get(`/plans/${planId}`).set('authorization', `Bearer ${auditor}`).expect(403);
  });
});
