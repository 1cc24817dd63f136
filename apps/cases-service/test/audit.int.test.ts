import request from 'supertest';
import { AuditService } from '../src/audit/audit.service';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';

describe('audit log', () => {
  let cases: CasesApp;

  beforeAll(async () => {
    const { url, dataSource } = await migratedDatabase('cases_audit');
    await dataSource.destroy();
    cases = await startCases(url, { OUTBOX_RELAY_ENABLED: 'false' });
  });

  afterAll(() => cases?.close());

  const verify = async (roles: Parameters<typeof tokenFor>[1]) =>
    request(cases.app.getHttpServer())
      .get('/audit/verify')
      .set('authorization', `Bearer ${await tokenFor('auditor-1', roles)}`);

  it('is ready when Postgres, Kafka and Temporal answer, and documents its API', async () => {
    const ready = await request(cases.app.getHttpServer()).get('/health/ready').expect(200);
    expect(Object.keys(ready.body.details).sort()).toEqual(['database', 'kafka', 'temporal']);
    const docs = await request(cases.app.getHttpServer()).get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/cases', '/cases/{caseId}', '/cases/{caseId}/investigation', '/audit/verify']),
    );
  });

  it('chains concurrent appends, verifies them, and reports the first row changed behind its back', async () => {
    const audit = cases.app.get(AuditService);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        audit.record('inv-1', { action: 'case.read', target: `case/c-${i}`, requestId: `r-${i}` }),
      ),
    );
    expect((await verify(['auditor'])).body).toEqual({ ok: true, entries: 12 });
    expect((await verify(['admin'])).status).toBe(200);
    expect((await verify(['investigator'])).status).toBe(403);

    // Append-only: the table refuses changes ...
    await expect(
      cases.dataSource.query(`UPDATE cases.audit_log SET actor = 'x' WHERE seq = 5`),
    ).rejects.toThrow(/append-only/);
    // ... and whoever gets past the trigger is still caught by the chain.
    await cases.dataSource.transaction(async (m) => {
      await m.query('ALTER TABLE cases.audit_log DISABLE TRIGGER audit_log_append_only');
      await m.query(`UPDATE cases.audit_log SET target = 'case/other' WHERE seq = 7`);
      await m.query('ALTER TABLE cases.audit_log ENABLE TRIGGER audit_log_append_only');
    });
    expect((await verify(['auditor'])).body).toEqual({
      ok: false,
      entries: 6,
      firstBrokenSeq: 7,
      reason: 'hash does not match the row',
    });
  });
});
