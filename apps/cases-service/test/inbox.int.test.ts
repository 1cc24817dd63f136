import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Role } from '@qorgau/service-kit';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { TemporalClientProvider } from '../src/platform/temporal-client.provider';
import {
  at,
  conclusionApproved,
  explained,
  investigationOrdered,
  protectionActFiled,
  registeredCase,
  reported,
} from './support/case-steps';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { B_PROTECTION_ACT, COMMISSION } from './support/seed-case';

const HERE = 'unit-almaty-3';
const THERE = 'unit-other';
/** In investigation (here): officer B's Protection Act filed, its six items not answered yet. */
const X = 'c0ffee00-0000-4000-8000-0000000000a1';
/** Explanations requested (there): both subjects owe one, the head decides next. */
const Y = 'c0ffee00-0000-4000-8000-0000000000b2';
/** The commission's session scheduled (there): the commission holds it next. */
const Z = 'c0ffee00-0000-4000-8000-0000000000c3';

/** Issue 5: inboxes across cases come from the projection and the pure task rules, per the caller's relations. */
describe('the inboxes', () => {
  let cases: CasesApp;
  let db: DataSource;

  beforeAll(async () => {
    const created = await migratedDatabase('cases_inbox');
    db = created.dataSource;
    await registeredCase(db, X, HERE, protectionActFiled());
    await registeredCase(db, Y, THERE, [reported('2025-02-04'), explained()[0]!]);
    await registeredCase(db, Z, THERE, [
      reported('2025-02-04'),
      ...explained(),
      investigationOrdered('2025-02-10', 'inv-2', 'head-9'),
      ...conclusionApproved(['2025-02-24', '2025-02-25', '2025-02-26'], 'head-9'),
      [{ type: 'ScheduleCommissionSession', members: COMMISSION, sessionOn: '2025-03-03' }, at('2025-02-26')],
    ]);
    cases = await startCases(
      created.url,
      { OUTBOX_RELAY_ENABLED: 'false', EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'cases-evidence-')) },
      // No workflow queries: the inbox reads the projection only (any call here would fail the test).
      [
        {
          provide: TemporalClientProvider,
          useValue: {
            readiness: () => ({ name: 'temporal', check: async () => undefined }),
            onApplicationShutdown: async () => undefined,
          },
        },
      ],
    );
  });

  afterAll(async () => {
    await cases?.close();
    await db?.destroy();
  });

  const get = async (path: string, personRef: string, roles: Role[], unitId = HERE) =>
    request(cases.app.getHttpServer())
      .get(path)
      .set('authorization', `Bearer ${await tokenFor(personRef, roles, unitId)}`);
  const inbox = async (personRef: string, roles: Role[], unitId = HERE) => {
    const res = await get('/inbox/tasks', personRef, roles, unitId);
    expect(res.status).toBe(200);
    return (res.body as { tasks: { caseId: string; command: string; personRef?: string }[] }).tasks.map(
      (t) => `${t.caseId.slice(-2)} ${t.command}${t.personRef ? ` ${t.personRef}` : ''}`,
    );
  };

  it('gives each person the open tasks of the cases they relate to, and only theirs', async () => {
    // The assigned investigator: the six unanswered items of X; Z's investigator has nothing to do.
    expect(await inbox('inv-1', ['investigator'])).toEqual(
      B_PROTECTION_ACT.map(() => 'a1 AnswerProtectionActItem officer-b'),
    );
    expect(await inbox('inv-2', ['investigator'])).toEqual([]);
    // Heads: the cases of their unit (Y's next step is theirs); X's head has nothing open.
    expect(await inbox('head-9', ['head'], THERE)).toEqual(['b2 OrderInvestigation']);
    expect(await inbox('head-1', ['head'], HERE)).toEqual([]);
    // Subjects: their own explanation only, not the other subject's.
    expect(await inbox('officer-b', ['officer'])).toEqual(['b2 RecordExplanation officer-b']);
    expect(await inbox('officer-a', ['officer'])).toEqual(['b2 RecordExplanation officer-a']);
    expect(await inbox('officer-z', ['officer'])).toEqual([]);
    // The commission on Z's agenda holds the session; a member of no agenda has nothing.
    expect(await inbox('chair-1', ['commission-chair'])).toEqual(['c3 HoldCommissionSession']);
    expect(await inbox('member-9', ['commission-member'])).toEqual([]);
    // Roles without case content have no inbox.
    for (const role of ['auditor', 'wellbeing-staff', 'hr-inspector', 'admin'] as Role[])
      expect((await get('/inbox/tasks', 'someone', [role])).status).toBe(403);
  });

  it("lists the commission's scheduled sessions for its members", async () => {
    const res = await get('/inbox/agenda', 'secretary-1', ['commission-secretary']);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      sessions: [
        {
          caseId: Z,
          sessionOn: '2025-03-03',
          notifiedOn: expect.any(String),
          seat: 'secretary',
          subjectRefs: ['officer-a', 'officer-b'],
          version: expect.any(Number),
        },
      ],
    });
    expect((await get('/inbox/agenda', 'member-9', ['commission-member'])).body).toEqual({ sessions: [] });
    expect((await get('/inbox/agenda', 'head-9', ['head'], THERE)).status).toBe(403);
    const audited = (await db.query(
      `SELECT count(*)::int AS n FROM cases.audit_log WHERE action IN ('inbox.tasks.read', 'inbox.agenda.read')`,
    )) as { n: number }[];
    expect(audited[0]!.n).toBeGreaterThan(0);
  });
});
