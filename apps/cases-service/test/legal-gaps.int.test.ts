import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, isWorkingDay, kazakhstanCalendar, kazakhstanDateOf, type LocalDate } from '@qorgau/domain';
import { type Role } from '@qorgau/service-kit';
import { startOfKazakhstanDay } from '@qorgau/workflows';
import { timeSkippingEnvironment } from '@qorgau/devstack';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { seedDirectory } from '../src/seed/seed-data';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { COMMISSION, FINDINGS, seedReportBody } from './support/seed-case';
import { quietRuntime, startWorker } from './support/worker';

const key = () => `lg-${randomBytes(8).toString('hex')}`;

interface CaseBody {
  readonly state: {
    readonly protectionActs: {
      readonly personRef: string;
      readonly window: { readonly closesOn: LocalDate };
    }[];
    readonly commission: {
      readonly recommendations: { personRef: string; tally: { decidedByChair: boolean } }[];
    };
    readonly penalties: { readonly personRef: string; readonly appealDueOn: LocalDate | null }[];
    readonly appeals: { readonly appealId: string; readonly addressee?: unknown }[];
  };
}

/**
 * The legal gaps of issue 16 as a user meets them over HTTP, on the seed's case played on Temporal's time-skipping
 * test server: the Protection Act window follows sick leave, only the ordering head (or the recorded acting head)
 * approves, an interest declared after scheduling bars that member at the session, the chair breaks a four-way tie,
 * the appeal period ends on a working day, and an appeal is read only by its addressee and those above them.
 */
describe('legal gaps closed end to end (issue 16)', () => {
  let env: TestWorkflowEnvironment;
  let cases: CasesApp;
  let db: DataSource;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  const taskQueue = `cases-lg-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    quietRuntime();
    const [created, started] = await Promise.all([
      migratedDatabase('cases_legal_gaps'),
      timeSkippingEnvironment(),
    ]);
    env = started;
    db = created.dataSource;
    // The directory: the seed's unit under dept-almaty (higher-1), under a ministry (higher-top); another
    // department beside it (higher-2).
    await seedDirectory(db);
    await db.query(`INSERT INTO cases.org_unit (id, name, parent_id) VALUES ('ministry', 'Ministry', NULL),
                      ('dept-astana', 'Astana city police department', 'ministry')`);
    await db.query(`UPDATE cases.org_unit SET parent_id = 'ministry' WHERE id = 'dept-almaty'`);
    await db.query(`INSERT INTO cases.officer (person_ref, unit_id, full_name, roles) VALUES
                      ('higher-top', 'ministry', 'Deputy minister', '{higher-official}'),
                      ('higher-2', 'dept-astana', 'Head of the Astana department', '{higher-official}')`);
    // Six decided cases of the same misconduct type in the projection, each a remark: the typical outcome.
    for (let i = 1; i <= 6; i += 1) {
      const state = {
        violations: [
          { id: 'v1', misconductType: 'conflict-between-colleagues', subjectRefs: [`past-officer-${i}`] },
        ],
        penalties: [
          {
            personRef: `past-officer-${i}`,
            violationId: 'v1',
            penalty: 'remark',
            status: 'expired',
            imposedOn: '2024-03-01',
            endedOn: '2024-09-01',
          },
        ],
        order: { notPenalizedRefs: [] },
      };
      await db.query(
        `INSERT INTO cases."case" (id, stage, state, version, created_at, updated_at) VALUES ($1, 'closed', $2, 1, now(), now())`,
        [`past-case-${i}`, JSON.stringify(state)],
      );
    }
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
  const refused = async (res: Promise<request.Response> | request.Test) => {
    const r = await res;
    return {
      status: r.status,
      code: (r.body as { code?: string }).code,
      body: r.body as Record<string, unknown>,
    };
  };

  it('plays the case through every closed gap', async () => {
    const head = await as('head-1', ['head']);
    const head2 = await as('head-2', ['head']);
    const a = await as('officer-a', ['officer']);
    const b = await as('officer-b', ['officer']);
    const inv = await as('inv-1', ['investigator']);
    const secretary = await as('secretary-1', ['commission-secretary']);
    const member3 = await as('member-3', ['commission-member']);
    const higher1 = await as('higher-1', ['higher-official'], 'dept-almaty');
    const higher2 = await as('higher-2', ['higher-official'], 'dept-astana');
    const higherTop = await as('higher-top', ['higher-official'], 'ministry');

    const { caseId } = await ok(head.post('/cases', seedReportBody(await today())), 201);
    const c = `/cases/${caseId}`;
    const state = async () => ((await head.get(c).expect(200)).body as CaseBody).state;
    await ok(head.post(`${c}/explanations/request`, {}));
    await ok(a.post(`${c}/explanations`, { personRef: 'officer-a', kind: 'denial', documentRef: 'doc-a' }));
    await ok(b.post(`${c}/explanations`, { personRef: 'officer-b', kind: 'denial', documentRef: 'doc-b' }));
    await advanceTo(addDays(await today(), 1));
    await ok(head.post(`${c}/investigation`, { investigatorRef: 'inv-1' }));
    const orderedOn = await today();

    // Gap 8: officer B is on sick leave for a week from the day after the order; their window moves, A's does not.
    await ok(
      head.post(`${c}/absences`, {
        personRef: 'officer-b',
        kind: 'sick-leave',
        from: addDays(orderedOn, 1),
        to: addDays(orderedOn, 7),
      }),
    );
    const windows = Object.fromEntries(
      (await state()).protectionActs.map((p) => [p.personRef, p.window.closesOn]),
    );
    expect(windows['officer-b']! > windows['officer-a']!).toBe(true);
    await advanceTo(addDays(windows['officer-a']!, 1));
    const proposals = [
      { personRef: 'officer-a', violationId: 'v-insults', penalty: 'remark' },
      { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
    ];
    const conclusion = { findings: FINDINGS, proposals, circumstances: [], protectionActReferences: {} };
    const early = await refused(inv.post(`${c}/conclusion`, conclusion));
    expect(early).toMatchObject({ status: 409, code: 'PROTECTION_ACT_WINDOW_OPEN' });
    expect(JSON.stringify(early.body)).toContain(windows['officer-b']!);
    await advanceTo(addDays(windows['officer-b']!, 1));
    await ok(inv.post(`${c}/conclusion`, conclusion));

    // Gap 2: another head of the unit may not approve; recorded as acting for head-1, they may.
    expect(await refused(head2.post(`${c}/conclusion/approval`, {}))).toMatchObject({
      status: 422,
      code: 'APPROVER_NOT_ORDERING_HEAD',
    });
    await ok(
      head.post(`${c}/conclusion/acting-head`, { actingHeadRef: 'head-2', basis: 'Order 7-ls: head-2 acts' }),
    );
    await ok(head2.post(`${c}/conclusion/approval`, {}));

    await advanceTo(addDays(await today(), 1));
    await ok(head.post(`${c}/familiarizations`, { personRef: 'officer-a', outcome: 'signed' }));
    await ok(head.post(`${c}/familiarizations`, { personRef: 'officer-b', outcome: 'signed' }));
    let sessionOn: LocalDate | undefined;
    for (let d = 1; d <= 5 && !sessionOn; d += 1) {
      const on = addDays(await today(), d);
      const res = await head.post(`${c}/commission/session`, { members: COMMISSION, sessionOn: on });
      if (res.status === 200) sessionOn = on;
    }

    // Gap 1: member-3 declares an interest after the session was scheduled: with them present it is refused.
    await ok(
      member3.post(`${c}/interests`, { participantRef: 'member-3', partyRef: 'officer-b', kind: 'relative' }),
    );
    await advanceTo(sessionOn!);
    const votes = (choices: Record<string, object>) =>
      Object.entries(choices).map(([memberRef, choice]) => ({ memberRef, choice }));
    const penalty = (p: string) => ({ kind: 'penalty', penalty: p });
    const everyone = COMMISSION.map((m) => m.personRef);
    const unanimous = (refs: string[], choice: object) =>
      votes(Object.fromEntries(refs.map((r) => [r, choice])));
    expect(
      await refused(
        secretary.post(`${c}/commission/session/minutes`, {
          presentRefs: everyone,
          considerations: [
            {
              personRef: 'officer-a',
              participation: 'in-person',
              votes: unanimous(everyone, penalty('remark')),
            },
            {
              personRef: 'officer-b',
              participation: 'video',
              votes: unanimous(everyone, penalty('reprimand')),
            },
          ],
          protectionActReferences: {},
        }),
      ),
    ).toMatchObject({ status: 422, code: 'RECUSAL_REQUIRED' });

    // Gap 4: without member-3 (quorum 4 of 5) the vote on A splits four ways; the chair's vote decides.
    const present = everyone.filter((r) => r !== 'member-3');
    // A member counted twice among those present is refused (it would inflate the quorum and the majority).
    expect(
      await refused(
        secretary.post(`${c}/commission/session/minutes`, {
          presentRefs: [...present, 'member-1'],
          considerations: [
            {
              personRef: 'officer-a',
              participation: 'in-person',
              votes: unanimous(present, penalty('remark')),
            },
            {
              personRef: 'officer-b',
              participation: 'video',
              votes: unanimous(present, penalty('reprimand')),
            },
          ],
          protectionActReferences: {},
        }),
      ),
    ).toMatchObject({ status: 422, code: 'COMMISSION_VOTE_INVALID' });
    const minutes = (consistencyReasons?: Record<string, string>) =>
      secretary.post(`${c}/commission/session/minutes`, {
        presentRefs: present,
        considerations: [
          {
            personRef: 'officer-a',
            participation: 'in-person',
            votes: votes({
              'chair-1': penalty('remark'),
              'secretary-1': penalty('reprimand'),
              'member-1': penalty('severe-reprimand'),
              'member-2': { kind: 'end-proceedings' },
            }),
          },
          {
            personRef: 'officer-b',
            participation: 'video',
            votes: unanimous(present, penalty('severe-reprimand')),
          },
        ],
        protectionActReferences: {},
        ...(consistencyReasons ? { consistencyReasons } : {}),
      });
    // Gap 7: comparable cases got a remark; a severe reprimand (2 steps, band 1) needs a written reason.
    expect(await refused(minutes())).toMatchObject({ status: 422, code: 'CONSISTENCY_REASON_REQUIRED' });
    const reason =
      'Officer B repeated the insults after a warning by the shift lead, unlike the comparable cases.';
    await ok(minutes({ 'officer-b': reason }));
    const seen = (await head.get(c).expect(200)).body as {
      state: {
        commission: {
          minutes: { personRef: string; consistency: { typical: string; reason: string | null } }[];
        };
      };
    };
    expect(
      seen.state.commission.minutes.map((m) => [m.personRef, m.consistency.typical, m.consistency.reason]),
    ).toEqual([
      ['officer-a', 'remark', null],
      ['officer-b', 'remark', reason],
    ]);
    expect(
      (await state()).commission.recommendations.map((r) => [r.personRef, r.tally.decidedByChair]),
    ).toEqual([
      ['officer-a', true],
      ['officer-b', false],
    ]);
    await ok(head.post(`${c}/order`, { basis: 'investigation', penalties: proposals }));
    await ok(head.post(`${c}/order/announcements`, { personRef: 'officer-a', outcome: 'signed' }));
    await ok(head.post(`${c}/order/announcements`, { personRef: 'officer-b', outcome: 'signed' }));

    // Gap 3: the officer's appeal period ends on a working day.
    for (const p of (await state()).penalties)
      expect(isWorkingDay(kazakhstanCalendar, p.appealDueOn!)).toBe(true);

    // Gap 5: B's appeal goes to the nearest higher official above the unit; A cannot address one beside it.
    expect(await refused(higher1.get(c))).toMatchObject({ status: 404 });
    expect(
      await refused(
        a.post(`${c}/appeals`, {
          appealId: 'ap-a',
          penaltyId: `${caseId}/officer-a/v-insults`,
          to: 'higher-official',
          addresseeRef: 'higher-2',
        }),
      ),
    ).toMatchObject({
      status: 422,
      code: 'APPEAL_ADDRESSEE_INVALID',
      body: { errors: [{ field: 'addresseeRef' }] },
    });
    await ok(
      b.post(`${c}/appeals`, {
        appealId: 'ap-1',
        penaltyId: `${caseId}/officer-b/v-insults`,
        to: 'higher-official',
      }),
    );
    expect((await state()).appeals[0]?.addressee).toEqual({
      personRef: 'higher-1',
      unitId: 'dept-almaty',
      aboveUnitIds: ['ministry'],
    });
    await higher1.get(c).expect(200);
    await higherTop.get(c).expect(200);
    await higher2.get(c).expect(404);
    expect(
      await refused(
        higher2.post(`${c}/appeals/ap-1/decision`, { outcome: 'cancelled', reason: 'Too harsh' }),
      ),
    ).toMatchObject({ status: 404 });
    await ok(higher1.post(`${c}/appeals/ap-1/decision`, { outcome: 'upheld', reason: 'Proportionate' }));
  });
});
