import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_PINNED_ENVIRONMENT,
  defaultKzCorrections,
  kazakhstanDateOf,
  pinEnvironment,
  DEFAULT_POLICY,
} from '@qorgau/domain';
import { type Role } from '@qorgau/service-kit';
import { environmentQuery } from '@qorgau/workflows';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { TemporalClientProvider } from '../src/platform/temporal-client.provider';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { seedReportBody } from './support/seed-case';
import { quietRuntime, startWorker } from './support/worker';

const key = () => `env-${randomBytes(8).toString('hex')}`;

/**
 * New cases are pinned to the environment the service is configured with (QORGAU_POLICY_FILE,
 * QORGAU_CALENDAR_FILE); a running case moves to another only through the audited migration route.
 */
describe('decision environment over HTTP', () => {
  let db: DataSource;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let before: CasesApp;
  let after: CasesApp;
  const taskQueue = `cases-env-${randomBytes(4).toString('hex')}`;
  // The calendar a case was started with: a decree the shipped file does not have.
  const corrections = {
    ...defaultKzCorrections,
    years: {
      ...defaultKzCorrections.years,
      '2031': {
        status: 'official' as const,
        transfers: [{ from: '2031-06-14', to: '2031-06-06', source: 'test decree' }],
      },
    },
  };
  const pinned = pinEnvironment({ ...DEFAULT_POLICY, explanationDeadlineWorkingDays: 3 }, corrections);

  beforeAll(async () => {
    quietRuntime();
    const created = await migratedDatabase('cases_environment');
    db = created.dataSource;
    worker = await startWorker(db, taskQueue);
    const dir = mkdtempSync(join(tmpdir(), 'cases-env-'));
    writeFileSync(join(dir, 'calendar.json'), JSON.stringify(corrections));
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ explanationDeadlineWorkingDays: 3 }));
    const common = {
      TEMPORAL_TASK_QUEUE: taskQueue,
      OUTBOX_RELAY_ENABLED: 'false',
      SUPPORT_CONSUMER_ENABLED: 'false',
      EVIDENCE_DIR: dir,
    };
    before = await startCases(created.url, {
      ...common,
      QORGAU_CALENDAR_FILE: join(dir, 'calendar.json'),
      QORGAU_POLICY_FILE: join(dir, 'policy.json'),
    });
    // The same service after the calendar and policy files were edited back to the shipped ones.
    after = await startCases(created.url, common);
  });

  afterAll(async () => {
    await before?.close();
    await after?.close();
    await worker?.stop();
    await db?.destroy();
  });

  const as = async (app: CasesApp, personRef: string, roles: Role[]) => {
    const auth = `Bearer ${await tokenFor(personRef, roles)}`;
    const http = () => request(app.app.getHttpServer());
    return {
      get: (path: string) => http().get(path).set('authorization', auth),
      post: (path: string, body: object, idempotencyKey = key()) =>
        http().post(path).set('authorization', auth).set('idempotency-key', idempotencyKey).send(body),
    };
  };
  const environmentOf = (app: CasesApp, caseId: string) =>
    app.app.get(TemporalClientProvider).query(caseId, environmentQuery);
  /** What the service's read models (the task list) count the case's working days with. */
  const recordedEnvironmentOf = async (caseId: string) =>
    (
      (await db.query(
        `SELECT e.version, e.environment->'calendar'->>'version' AS calendar
           FROM cases.case_registration r JOIN cases.decision_environment e ON e.version = r.environment_version
          WHERE r.case_id = $1`,
        [caseId],
      )) as { version: string; calendar: string }[]
    )[0];

  it('pins a new case to the configured environment; only a reasoned, audited migration moves it', async () => {
    const head = await as(before, 'head-1', ['head']);
    const today = kazakhstanDateOf(new Date().toISOString());
    const created = await head.post('/cases', seedReportBody(today));
    expect(created.status).toBe(201);
    const caseId = (created.body as { caseId: string }).caseId;
    expect(await environmentOf(before, caseId)).toMatchObject({
      version: pinned.version,
      calendarVersion: pinned.calendar.version,
    });
    expect(await recordedEnvironmentOf(caseId)).toEqual({
      version: pinned.version,
      calendar: pinned.calendar.version,
    });

    // The configuration changed (the second service instance): the running case keeps its environment.
    const headAfter = await as(after, 'head-1', ['head']);
    const path = `/cases/${caseId}/decision-environment/migrations`;
    expect((await environmentOf(after, caseId)).version).toBe(pinned.version);

    const noReason = await headAfter.post(path, {});
    expect(noReason.status).toBe(400);
    expect(noReason.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    const officer = await as(after, 'officer-a', ['officer']);
    expect([403, 404]).toContain(
      (await officer.post(path, { reason: 'I would like the new calendar' })).status,
    );
    expect((await environmentOf(after, caseId)).version).toBe(pinned.version);

    const reason = 'The 2031 decree was revoked; the case follows the ministry calendar from now on.';
    const migrationKey = key();
    const migrated = await headAfter.post(path, { reason }, migrationKey);
    expect(migrated.status).toBe(200);
    expect(migrated.body).toMatchObject({
      caseId,
      events: ['DecisionEnvironmentMigrated'],
      environment: DEFAULT_PINNED_ENVIRONMENT.version,
    });
    expect(await environmentOf(after, caseId)).toMatchObject({ version: DEFAULT_PINNED_ENVIRONMENT.version });
    expect((await recordedEnvironmentOf(caseId))?.version).toBe(DEFAULT_PINNED_ENVIRONMENT.version);
    // Idempotent: the same key answers the same, nothing is migrated twice.
    const again = await headAfter.post(path, { reason }, migrationKey);
    expect(again.body).toEqual(migrated.body);

    // Migrating again to the same environment is refused by the decider, naming why.
    const same = await headAfter.post(path, { reason });
    expect(same.status).toBe(422);

    const timeline = await headAfter.get(`/cases/${caseId}/timeline`);
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).toContain('DecisionEnvironmentMigrated');
    expect(JSON.stringify(timeline.body)).toContain(reason);
    const audit = (await db.query(
      `SELECT actor, target FROM cases.audit_log WHERE action = 'case.MigrateDecisionEnvironment'`,
    )) as { actor: string; target: string }[];
    expect(audit).toEqual([{ actor: 'head-1', target: `case/${caseId}` }]);
  });
});
