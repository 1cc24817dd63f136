import request from 'supertest';
import { chainStore } from '../src/audit/audit-log.repository';
import { AuditService } from '../src/audit/audit.service';
import { OptimisticAppender } from '../src/audit/optimistic-appender';
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

  it('chains concurrent appends side by side, verifies them, and reports the first row changed behind its back', async () => {
    const audit = cases.app.get(AuditService);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        audit.record('inv-1', { action: 'case.read', target: `case/c-${i}`, requestId: `r-${i}` }),
      ),
    );
    expect((await verify(['auditor'])).body).toEqual({ ok: true, entries: 12 });
    expect((await verify(['admin'])).status).toBe(200);
    expect((await verify(['investigator'])).status).toBe(403);
    // Concurrent reads' appends were group-committed to the lock-free chains, gap-free there.
    const placed = (await cases.dataSource.query(
      `SELECT chain, count(*)::int AS n, max(chain_seq)::int AS last FROM cases.audit_log GROUP BY chain`,
    )) as { chain: number; n: number; last: number }[];
    expect(placed.every((c) => c.chain >= 17 && c.chain <= 32 && c.n === c.last)).toBe(true);
    expect(placed.reduce((sum, c) => sum + c.n, 0)).toBe(12);

    // Append-only: the table refuses changes ...
    await expect(
      cases.dataSource.query(`UPDATE cases.audit_log SET actor = 'x' WHERE seq = 5`),
    ).rejects.toThrow(/append-only/);
    // ... and whoever gets past the trigger is still caught by the chain.
    const [victim] = (await cases.dataSource.query(
      `SELECT seq::int, chain, chain_seq::int FROM cases.audit_log ORDER BY seq OFFSET 6 LIMIT 1`,
    )) as { seq: number; chain: number; chain_seq: number }[];
    await cases.dataSource.transaction(async (m) => {
      await m.query('ALTER TABLE cases.audit_log DISABLE TRIGGER audit_log_append_only');
      await m.query(`UPDATE cases.audit_log SET target = 'case/other' WHERE seq = $1`, [victim!.seq]);
      await m.query('ALTER TABLE cases.audit_log ENABLE TRIGGER audit_log_append_only');
    });
    const broken = (await verify(['auditor'])).body as { entries: number };
    expect(broken).toMatchObject({
      ok: false,
      firstBrokenSeq: victim!.seq,
      chain: victim!.chain,
      chainSeq: victim!.chain_seq,
      reason: 'hash does not match the row',
    });
    expect(broken.entries).toBeLessThan(12);
  });

  it('keeps the chains whole when two replicas meet on one without a lock, and parts them', async () => {
    const before = (await verify(['auditor'])).body as { ok: boolean; entries: number };
    // Two processes' appenders, both starting at the same chain, on the real table and its unique position.
    const store = chainStore(cases.dataSource);
    let refused = 0;
    const counted = {
      ...store,
      insert: async (entries: Parameters<typeof store.insert>[0]) => {
        const outcome = await store.insert(entries);
        if (outcome === 'position-taken') refused += 1;
        return outcome;
      },
    };
    const replicas = [0, 1].map(() => new OptimisticAppender(counted, [40, 41], 0));
    const entry = (replica: number, i: number) => ({
      at: new Date().toISOString(),
      actor: `replica-${replica}`,
      action: 'case.read',
      target: `case/c-${i}`,
      requestId: null,
    });
    // In turn first: the second append of replica 0 links to a tip replica 1 has moved since, and moves on.
    await replicas[0]!.append([entry(0, -1)]);
    await replicas[1]!.append([entry(1, -1)]);
    await replicas[0]!.append([entry(0, -2)]);
    expect(refused).toBe(1);
    // Then at once.
    await Promise.all(
      replicas.map(async (appender, replica) => {
        for (let i = 0; i < 14; i += 1) await appender.append([entry(replica, i), entry(replica, i + 100)]);
      }),
    );
    const rows = (await cases.dataSource.query(
      `SELECT chain, actor, count(*)::int AS n, max(chain_seq)::int AS last FROM cases.audit_log
        WHERE chain IN (40, 41) GROUP BY chain, actor ORDER BY chain, actor`,
    )) as { chain: number; actor: string; n: number; last: number }[];
    // Chain 40: replica 0's first entry, then replica 1's; every later append of replica 0 went to 41.
    expect(rows).toEqual([
      { chain: 40, actor: 'replica-0', n: 1, last: 1 },
      { chain: 40, actor: 'replica-1', n: 29, last: 30 },
      { chain: 41, actor: 'replica-0', n: 29, last: 29 },
    ]);
    expect(refused).toBe(1);
    // Both verify whole (the earlier break elsewhere stays where it was).
    const after = (await verify(['auditor'])).body as { ok: boolean; entries: number; chain?: number };
    expect(after.entries).toBe(before.entries + 59);
  });

  it('fails only the bad entry of a batch, and writes the rest one by one', async () => {
    const audit = cases.app.get(AuditService);
    // Postgres refuses a NUL in text: that entry's batch fails, then its 39 neighbours are written alone.
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        audit.record(i === 20 ? 'bad\u0000actor' : 'inv-2', { action: 'case.read', target: `case/b-${i}` }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(results[20]!.status).toBe('rejected');
    const [written] = (await cases.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT (chain, chain_seq))::int AS positions
         FROM cases.audit_log WHERE target LIKE 'case/b-%'`,
    )) as { n: number; positions: number }[];
    expect(written).toEqual({ n: 39, positions: 39 });
  });
});
