import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { TemporalClientProvider } from '../src/platform/temporal-client.provider';
import { registeredCase, reported } from './support/case-steps';
import { migratedDatabase, startCases, tokenFor, waitUntil, type CasesApp } from './support/harness';

const UNIT = 'unit-almaty-3';
const CASE_ID = 'c0ffee00-0000-4000-8000-00000000001e';

/**
 * The workflow side as seen from the HTTP process: the first `execute` never answers until released (the
 * process "dies" with the claim taken), later ones answer at once. Every update id that reached it is kept.
 */
function hangingTemporal() {
  let release: (() => void) | undefined;
  const updateIds: string[] = [];
  return {
    updateIds,
    release: () => release?.(),
    provider: {
      readiness: () => ({ name: 'temporal', check: async () => undefined }),
      startCase: async () => undefined,
      execute: async (_caseId: string, input: { requestId: string }) => {
        updateIds.push(input.requestId);
        if (updateIds.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return { version: 2, stage: 'explanations', events: [] };
      },
      query: async () => [],
      onApplicationShutdown: async () => undefined,
    },
  };
}

/** Issue 16: a key whose request died between claim and completion is not refused forever. */
describe('Idempotency-Key claims are leases', () => {
  let cases: CasesApp;
  let db: DataSource;
  const temporal = hangingTemporal();

  beforeAll(async () => {
    const created = await migratedDatabase('cases_idem_lease');
    db = created.dataSource;
    await registeredCase(db, CASE_ID, UNIT, [reported('2025-02-04')]);
    cases = await startCases(created.url, { OUTBOX_RELAY_ENABLED: 'false', IDEMPOTENCY_LEASE_SECONDS: '2' }, [
      { provide: TemporalClientProvider, useValue: temporal.provider },
    ]);
  });

  afterAll(async () => {
    temporal.release();
    await cases?.close();
    await db?.destroy();
  });

  it('answers 409 while the claim is held, lets the same request retake the key after the lease, and keeps its response', async () => {
    const token = await tokenFor('head-1', ['head'], UNIT);
    const key = `lease-${randomBytes(6).toString('hex')}`;
    const post = () =>
      request(cases.app.getHttpServer())
        .post(`/cases/${CASE_ID}/explanations/request`)
        .set('authorization', `Bearer ${token}`)
        .set('idempotency-key', key)
        .send({});

    // The first request claims the key and never completes: the client gives up, the claim stays.
    await expect(post().timeout(500)).rejects.toThrow(/timeout/i);
    await waitUntil('the first request reached the workflow', async () => temporal.updateIds.length === 1);

    const held = await post();
    expect(held.status).toBe(409);
    expect(held.body).toMatchObject({ code: 'REQUEST_IN_PROGRESS' });

    // After the lease the same request runs again, with the same update id (Temporal applies it once).
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    const retried = await post();
    expect(retried.status).toBe(200);
    expect(retried.headers['idempotency-replayed']).toBeUndefined();
    expect(temporal.updateIds).toEqual([key, key]);

    // The dead request finishing late does not overwrite the response of the one that retook the key.
    temporal.release();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const replay = await post();
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotency-replayed']).toBe('true');
    expect(temporal.updateIds).toHaveLength(2);
    const rows = (await db.query('SELECT status FROM cases.idempotent_request WHERE key = $1', [key])) as {
      status: number;
    }[];
    expect(rows).toEqual([{ status: 200 }]);
  });

  it('does not let another request take an expired key', async () => {
    const token = await tokenFor('head-1', ['head'], UNIT);
    const key = `lease-${randomBytes(6).toString('hex')}`;
    await db.query(
      `INSERT INTO cases.idempotent_request (key, fingerprint, claim_id, lease_until)
       VALUES ($1, 'another-request', gen_random_uuid(), now() - interval '1 hour')`,
      [key],
    );
    const res = await request(cases.app.getHttpServer())
      .post(`/cases/${CASE_ID}/explanations/request`)
      .set('authorization', `Bearer ${token}`)
      .set('idempotency-key', key)
      .send({});
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });
});
