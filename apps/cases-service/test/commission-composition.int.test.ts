import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, kazakhstanDateOf, type LocalDate } from '@qorgau/domain';
import { type Role } from '@qorgau/service-kit';
import { startOfKazakhstanDay } from '@qorgau/workflows';
import { timeSkippingEnvironment } from '@qorgau/devstack';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { COMMISSION, FINDINGS, seedReportBody } from './support/seed-case';
import { quietRuntime, startWorker } from './support/worker';

const key = () => `cc-${randomBytes(8).toString('hex')}`;

/**
 * Issue 12: the commission changes in the middle of a case (a new composition from a day on). A session before
 * that day sits with the old composition, a session on or after it with the new one, and quorum (⌈2n/3⌉) is
 * counted on the composition of the session's own date — played over HTTP on Temporal's time-skipping server.
 */
describe('a commission changed mid-case', () => {
  let env: TestWorkflowEnvironment;
  let cases: CasesApp;
  let db: DataSource;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  const taskQueue = `cases-cc-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    quietRuntime();
    const [created, started] = await Promise.all([
      migratedDatabase('cases_commission_composition'),
      timeSkippingEnvironment(),
    ]);
    env = started;
    db = created.dataSource;
    worker = await startWorker(db, taskQueue, env.address);
    cases = await startCases(created.url, {
      TEMPORAL_ADDRESS: env.address,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: taskQueue,
      OUTBOX_RELAY_ENABLED: 'false',
      EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'cases-evidence-')),
    });
  });

  afterAll(async () => {
    await cases?.close();
    await worker?.stop();
    await db?.destroy();
    await env?.teardown();
  });

  const as = async (personRef: string, roles: Role[], unitId?: string) => {
    const auth = `Bearer ${await tokenFor(personRef, roles, unitId)}`;
    const http = () => request(cases.app.getHttpServer());
    return {
      get: (path: string) => http().get(path).set('authorization', auth),
      put: (path: string, body: object) => http().put(path).set('authorization', auth).send(body),
      post: (path: string, body: object) =>
        http().post(path).set('authorization', auth).set('idempotency-key', key()).send(body),
    };
  };
  const today = async (): Promise<LocalDate> =>
    kazakhstanDateOf(new Date(await env.currentTimeMs()).toISOString());
  const advanceTo = async (date: LocalDate) => {
    const target = startOfKazakhstanDay(date) + 10 * 3_600_000;
    const now = await env.currentTimeMs();
    if (target > now) await env.sleep(target - now);
  };
  const ok = async (res: Promise<request.Response> | request.Test, status = 200) => {
    const r = await res;
    if (r.status !== status) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
    return r.body as { caseId: string; stage: string };
  };

  it('sits with the composition in force on each session date, and counts quorum on it', async () => {
    const admin = await as('admin-1', ['admin'], 'dept-almaty');
    const head = await as('head-1', ['head']);
    const a = await as('officer-a', ['officer']);
    const b = await as('officer-b', ['officer']);
    const inv = await as('inv-1', ['investigator']);
    const secretary = await as('secretary-1', ['commission-secretary']);

    const { caseId } = await ok(head.post('/cases', seedReportBody(await today())), 201);
    const c = `/cases/${caseId}`;
    await ok(head.post(`${c}/explanations/request`, {}));
    await ok(a.post(`${c}/explanations`, { personRef: 'officer-a', kind: 'denial', documentRef: 'doc-a' }));
    await ok(b.post(`${c}/explanations`, { personRef: 'officer-b', kind: 'denial', documentRef: 'doc-b' }));
    await advanceTo(addDays(await today(), 1));
    await ok(head.post(`${c}/investigation`, { investigatorRef: 'inv-1' }));
    const state = (await head.get(c).expect(200)).body.state as {
      protectionActs: { window: { closesOn: LocalDate } }[];
    };
    const closes = state.protectionActs.map((p) => p.window.closesOn).sort();
    await advanceTo(addDays(closes[closes.length - 1]!, 1));
    const proposals = [
      { personRef: 'officer-a', violationId: 'v-insults', penalty: 'remark' },
      { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
    ];
    await ok(
      inv.post(`${c}/conclusion`, {
        findings: FINDINGS,
        proposals,
        circumstances: [],
        protectionActReferences: {},
      }),
    );
    await ok(head.post(`${c}/conclusion/approval`, {}));
    await advanceTo(addDays(await today(), 1));
    await ok(head.post(`${c}/familiarizations`, { personRef: 'officer-a', outcome: 'signed' }));
    await ok(head.post(`${c}/familiarizations`, { personRef: 'officer-b', outcome: 'signed' }));

    // The first session, with the seed's five-member composition (in force since 2000-01-01).
    let firstOn: LocalDate | undefined;
    for (let d = 1; d <= 6 && !firstOn; d += 1) {
      const on = addDays(await today(), d);
      if ((await head.post(`${c}/commission/session`, { members: COMMISSION, sessionOn: on })).status === 200)
        firstOn = on;
    }
    expect(firstOn).toBeDefined();

    // Mid-case, the administrator sets a six-member composition from a week after that session on.
    const changedOn = addDays(firstOn!, 7);
    const member4 = {
      fullName: 'Commission member 4',
      unitId: 'unit-almaty-3',
      roles: ['commission-member'],
    };
    await admin.put('/directory/officers/member-4', member4).expect(200);
    const six = [...COMMISSION, { personRef: 'member-4', role: 'member' }];
    await admin.put(`/directory/units/unit-almaty-3/commission/${changedOn}`, { members: six }).expect(200);

    // A session before the change still sits with the five; the six are refused for that day.
    const early = await head.post(`${c}/commission/session`, { members: six, sessionOn: firstOn });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      code: 'COMMISSION_COMPOSITION_MISMATCH',
      errors: [{ field: 'members' }],
    });
    expect(early.body.detail).toContain('2000-01-01');
    await ok(head.post(`${c}/commission/session`, { members: COMMISSION, sessionOn: firstOn }));

    // Rescheduled on or after the change: the five are refused, the six sit.
    let laterOn: LocalDate | undefined;
    for (let d = 0; d <= 6 && !laterOn; d += 1) {
      const on = addDays(changedOn, d);
      const old = await head.post(`${c}/commission/session`, { members: COMMISSION, sessionOn: on });
      expect(old.body).toMatchObject({ code: 'COMMISSION_COMPOSITION_MISMATCH' });
      expect(old.body.detail).toContain(changedOn);
      if ((await head.post(`${c}/commission/session`, { members: six, sessionOn: on })).status === 200)
        laterOn = on;
    }
    expect(laterOn).toBeDefined();
    await advanceTo(laterOn!);

    // Quorum is ⌈2·6/3⌉ = 4 of the six: three present are not enough, four are.
    const minutes = (present: string[]) => {
      const vote = (penalty: string) =>
        present.map((memberRef) => ({ memberRef, choice: { kind: 'penalty', penalty } }));
      return {
        presentRefs: present,
        considerations: [
          { personRef: 'officer-a', participation: 'in-person', votes: vote('remark') },
          { personRef: 'officer-b', participation: 'in-person', votes: vote('reprimand') },
        ],
        protectionActReferences: {},
      };
    };
    const three = await secretary.post(
      `${c}/commission/session/minutes`,
      minutes(['chair-1', 'secretary-1', 'member-4']),
    );
    expect(three.status).toBe(422);
    expect(three.body).toMatchObject({
      code: 'COMMISSION_NO_QUORUM',
      params: { present: 3, required: 4, size: 6 },
    });
    const held = await ok(
      secretary.post(
        `${c}/commission/session/minutes`,
        minutes(['chair-1', 'secretary-1', 'member-1', 'member-4']),
      ),
    );
    expect(held.stage).toBe('commission-decided');
  });
});
