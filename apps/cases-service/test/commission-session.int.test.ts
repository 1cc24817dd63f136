import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PINNED_ENVIRONMENT, DEFAULT_POLICY } from '@qorgau/domain';
import { type Role } from '@qorgau/service-kit';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { TemporalClientProvider } from '../src/platform/temporal-client.provider';
import {
  at,
  conclusionApproved,
  explained,
  investigationOrdered,
  PROPOSALS,
  registeredCase,
  reported,
} from './support/case-steps';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { COMMISSION, FINDINGS } from './support/seed-case';

const UNIT = 'unit-almaty-3';
/** The session scheduled; member-3 declares a relative among the parties afterwards. */
const S = 'c0ffee00-0000-4000-8000-00000000c0e1';
/** Fast-track cases decided on admission: the comparable decisions of the same misconduct type. */
const PAST = [1, 2, 3].map((n) => `c0ffee00-0000-4000-8000-00000000c0a${n}`);

/** Issue 12: the commission's session screen reads quorum, notice, recusals and comparable cases from here. */
describe('the commission session sheet', () => {
  let cases: CasesApp;
  let db: DataSource;

  beforeAll(async () => {
    const created = await migratedDatabase('cases_commission_sheet');
    db = created.dataSource;
    await registeredCase(db, S, UNIT, [
      reported('2025-02-04'),
      ...explained(),
      investigationOrdered('2025-02-10'),
      ...conclusionApproved(['2025-02-24', '2025-02-25', '2025-02-26']),
      // Notified on Friday 28 February: one working day's notice ends on Monday 3 March.
      [{ type: 'ScheduleCommissionSession', members: COMMISSION, sessionOn: '2025-03-04' }, at('2025-02-28')],
      [
        {
          type: 'DeclareInterest',
          interest: { participantRef: 'member-3', partyRef: 'officer-a', kind: 'relative' },
        },
        at('2025-03-01'),
      ],
    ]);
    for (const id of PAST)
      await registeredCase(db, id, UNIT, [
        reported('2025-01-06'),
        ...explained('2025-01-07', '2025-01-08', 'admission'),
        [
          {
            type: 'IssueOrder',
            issuedBy: 'head-1',
            basis: 'admission',
            penalties: [...PROPOSALS],
            findings: FINDINGS,
          },
          at('2025-01-09'),
        ],
      ]);
    cases = await startCases(
      created.url,
      { OUTBOX_RELAY_ENABLED: 'false', EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'cases-evidence-')) },
      // The case's pinned environment as its workflow answers it: a case started before pinning (compiled data).
      [
        {
          provide: TemporalClientProvider,
          useValue: {
            environment: DEFAULT_PINNED_ENVIRONMENT,
            query: async () => ({ version: null, calendarVersion: null, policy: DEFAULT_POLICY }),
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

  const get = async (path: string, personRef: string, roles: Role[], unitId = UNIT) =>
    request(cases.app.getHttpServer())
      .get(path)
      .set('authorization', `Bearer ${await tokenFor(personRef, roles, unitId)}`);

  it('gives the members the quorum of the composition, the notice check, recusals and comparable cases', async () => {
    const res = await get(`/cases/${S}/commission`, 'secretary-1', ['commission-secretary']);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      caseId: S,
      sessionOn: '2025-03-04',
      notifiedOn: '2025-02-28',
      heldOn: null,
      quorum: { size: 5, required: 4, citation: 'art. 58-1' },
      notice: { workingDays: 1, earliestSessionOn: '2025-03-03', kept: true, citation: 'art. 58-1' },
    });
    expect(res.body.members).toEqual([
      { personRef: 'chair-1', role: 'chair', recusal: null },
      { personRef: 'secretary-1', role: 'secretary', recusal: null },
      { personRef: 'member-1', role: 'member', recusal: null },
      { personRef: 'member-2', role: 'member', recusal: null },
      { personRef: 'member-3', role: 'member', recusal: { interest: 'relative' } },
    ]);
    // Six anonymized decisions of the same misconduct type (three cases, two officers each): no names, no case ids.
    const [a, b] = res.body.comparable as Record<string, unknown>[];
    expect(a).toMatchObject({
      personRef: 'officer-a',
      comparableDecisions: 6,
      suppressed: false,
      distribution: [
        { outcome: 'remark', count: 3 },
        { outcome: 'reprimand', count: 3 },
      ],
      typical: 'remark',
    });
    expect(b).toMatchObject({ personRef: 'officer-b', comparableDecisions: 6 });
    expect(JSON.stringify(res.body.comparable)).not.toContain('c0ffee00');
  });

  it('is read by the unit head and the auditor, refused to subjects and hidden from strangers', async () => {
    expect((await get(`/cases/${S}/commission`, 'head-1', ['head'])).status).toBe(200);
    expect((await get(`/cases/${S}/commission`, 'auditor-1', ['auditor'], 'unit-hq')).status).toBe(200);
    const subject = await get(`/cases/${S}/commission`, 'officer-a', ['officer']);
    expect(subject.status).toBe(403);
    expect(subject.headers['content-type']).toContain('application/problem+json');
    expect((await get(`/cases/${S}/commission`, 'member-9', ['commission-member'])).status).toBe(404);
    expect((await get(`/cases/${S}/commission`, 'psychologist-1', ['wellbeing-staff'])).status).toBe(404);
    // Before a session is scheduled there is no sheet.
    expect((await get(`/cases/${PAST[0]}/commission`, 'head-1', ['head'])).status).toBe(404);
    const audited = (await db.query(
      `SELECT count(*)::int AS n FROM cases.audit_log WHERE action = 'case.commission.read'`,
    )) as { n: number }[];
    expect(audited[0]!.n).toBeGreaterThanOrEqual(3);
  });
});
