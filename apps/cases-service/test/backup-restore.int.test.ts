import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresClientTools } from '@qorgau/devstack';
import { Client } from 'pg';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { casesServiceDataSource } from '../src/db/data-source';
import { reportOf, today } from './support/cases';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { startWorker } from './support/worker';

// The restore drill of docs/operations/backup-and-restore.md, end to end: cases are run over HTTP, the
// `cases` database is dumped with pg_dump (custom format), dropped, restored with pg_restore, and the service
// started on the restored database must find every case, every outbox message (published or not) and an
// audit chain that still verifies.
const taskQueue = `drill-${randomBytes(4).toString('hex')}`;
const tools = postgresClientTools();
let url: string;
let db: DataSource;
let cases: CasesApp;
let worker: Awaited<ReturnType<typeof startWorker>>;

const auth = async (personRef: string, roles: Parameters<typeof tokenFor>[1]) =>
  `Bearer ${await tokenFor(personRef, roles, 'unit-almaty-3')}`;

/** What must survive: each case and its version, each outbox message and its content, the audit entries. */
async function snapshot(dataSource: DataSource) {
  const digest = (rows: unknown[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const caseRows = await dataSource.query(`SELECT id, version, stage, state FROM cases."case" ORDER BY id`);
  const outbox = await dataSource.query(`SELECT * FROM cases.outbox ORDER BY id`);
  const audit = await dataSource.query(`SELECT * FROM cases.audit_log ORDER BY seq`);
  return {
    cases: caseRows.length,
    outbox: outbox.length,
    unpublished: outbox.filter((r: { published_at: Date | null }) => r.published_at === null).length,
    audit: audit.length,
    digest: { cases: digest(caseRows), outbox: digest(outbox), audit: digest(audit) },
  };
}

beforeAll(async () => {
  const created = await migratedDatabase('cases_drill');
  url = created.url;
  db = created.dataSource;
  worker = await startWorker(db, taskQueue);
  cases = await startCases(url, { TEMPORAL_TASK_QUEUE: taskQueue, OUTBOX_RELAY_ENABLED: 'false' });
}, 120_000);

afterAll(async () => {
  await cases?.close();
  await worker?.stop();
  if (db?.isInitialized) await db.destroy();
});

it('dumps, drops and restores the cases database without losing a case, an outbox message or the audit chain', async () => {
  const head = await auth('head-1', ['head']);
  const { type: _type, ...report } = reportOf(today());
  const caseIds: string[] = [];
  for (let i = 0; i < 3; i++) {
    const created = await request(cases.app.getHttpServer())
      .post('/cases')
      .set('authorization', head)
      .set('idempotency-key', `drill-${i}-${taskQueue}`)
      .send(report)
      .expect(201);
    caseIds.push(created.body.caseId);
    await request(cases.app.getHttpServer())
      .get(`/cases/${created.body.caseId}`)
      .set('authorization', head)
      .expect(200);
  }
  const auditor = await auth('auditor-1', ['auditor']);
  const verified = (
    await request(cases.app.getHttpServer()).get('/audit/verify').set('authorization', auditor)
  ).body;
  expect(verified).toMatchObject({ ok: true });
  const before = await snapshot(db);
  expect(before.cases).toBe(3);
  expect(before.outbox).toBeGreaterThanOrEqual(3);
  expect(before.unpublished).toBe(before.outbox); // the relay is off: all still to be published
  expect(before.audit).toBeGreaterThan(0);

  // The procedure: stop writers, pg_dump -Fc, then (disaster) the database is gone, then pg_restore.
  await cases.close();
  await worker.stop();
  await db.destroy();
  const dumpFile = join(mkdtempSync(join(tmpdir(), 'qorgau-drill-')), 'cases.dump');
  execFileSync(tools.pgDump, ['--format=custom', '--file', dumpFile, '--dbname', url]);
  const database = new URL(url).pathname.slice(1);
  await admin(`DROP DATABASE "${database}" WITH (FORCE)`);
  await expect(admin(`SELECT 1 FROM pg_database WHERE datname = '${database}'`)).resolves.toEqual([]);
  await admin(`CREATE DATABASE "${database}"`);
  execFileSync(tools.pgRestore, ['--exit-on-error', '--single-transaction', '--dbname', url, dumpFile]);

  db = await casesServiceDataSource(url, 4).initialize();
  expect(await snapshot(db)).toEqual(before);
  worker = await startWorker(db, taskQueue);
  cases = await startCases(url, { TEMPORAL_TASK_QUEUE: taskQueue, OUTBOX_RELAY_ENABLED: 'false' });
  expect(
    (await request(cases.app.getHttpServer()).get('/audit/verify').set('authorization', auditor)).body,
  ).toEqual({
    ok: true,
    entries: verified.entries,
  });
  for (const caseId of caseIds) {
    await request(cases.app.getHttpServer()).get(`/cases/${caseId}`).set('authorization', head).expect(200);
  }
  // Sequences came back too: a new outbox message and audit entry continue after the restored ones.
  const maxOutbox = Number((await db.query(`SELECT max(id) AS max FROM cases.outbox`))[0].max);
  const created = await request(cases.app.getHttpServer())
    .post('/cases')
    .set('authorization', head)
    .set('idempotency-key', `drill-after-${taskQueue}`)
    .send(report)
    .expect(201);
  expect(created.body.caseId).not.toBe(caseIds[0]);
  expect(Number((await db.query(`SELECT max(id) AS max FROM cases.outbox`))[0].max)).toBeGreaterThan(
    maxOutbox,
  );
  expect(
    (await request(cases.app.getHttpServer()).get('/audit/verify').set('authorization', auditor)).body,
  ).toMatchObject({
    ok: true,
  });
}, 300_000);

async function admin(sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
