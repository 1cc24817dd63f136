import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_PINNED_ENVIRONMENT,
  DEFAULT_POLICY,
  defaultKzCorrections,
  pinEnvironment,
} from '@qorgau/domain';
import { type Role } from '@qorgau/service-kit';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { TemporalClientProvider } from '../src/platform/temporal-client.provider';
import { explained, protectionActFiled, registeredCase, reported } from './support/case-steps';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { B_PROTECTION_ACT } from './support/seed-case';

const HERE = 'unit-almaty-3';
const THERE = 'unit-other';
/** In investigation (here): officer B's Protection Act filed, its six items not answered yet. */
const X = 'c0ffee00-0000-4000-8000-0000000000d1';
/** Explanations requested (there): the head's next step, a group task of the unit's heads. */
const Y = 'c0ffee00-0000-c000-8000-0000000000d2'; // not RFC 4122 v4, like the service's derived ids
/** X's history with inv-2 investigating, pinned to a calendar the service no longer has configured. */
const PINNED = 'c0ffee00-0000-4000-8000-0000000000d3';
/** X's history with inv-3, registered before environments were recorded: its workflow names none known here. */
const LEGACY = 'c0ffee00-0000-4000-8000-0000000000d4';
/** The same with inv-4, whose workflow started before environments were pinned (the compiled default). */
const UNPINNED = 'c0ffee00-0000-4000-8000-0000000000d5';

/**
 * The calendar PINNED started with: the shipped data plus one more day off, Wednesday 10 June 2026, between the
 * investigation's due day (2025) and any day these tests run on. The service itself runs the shipped calendar.
 */
const PINNED_ENVIRONMENT = pinEnvironment(DEFAULT_POLICY, {
  ...defaultKzCorrections,
  years: {
    ...defaultKzCorrections.years,
    '2026': {
      ...defaultKzCorrections.years['2026']!,
      holidaysAdded: [
        {
          date: '2026-06-10',
          name: { kk: 'Сынақ күні', ru: 'Тестовый день', en: 'Test day' },
          transferable: false,
          source: 'test decree',
        },
      ],
    },
  },
});

interface Row {
  taskId: string;
  caseId: string;
  command: string;
  queue: 'mine' | 'group';
  claimedBy: string | null;
  claimable: boolean;
  today: string;
  due: { clock: string; dueOn: string; citation: string; workingDaysLeft: number } | null;
  overdue: boolean;
  dueThisWeek: boolean;
  blockedBy?: { kind: string; personRef: string; itemId?: string; citation: string }[];
}

/** Issue 12: the task list across cases, with due days in working days, and claims of group tasks. */
describe('the task list', () => {
  let cases: CasesApp;
  let db: DataSource;

  beforeAll(async () => {
    const created = await migratedDatabase('cases_tasks');
    db = created.dataSource;
    await registeredCase(db, X, HERE, protectionActFiled('inv-1'));
    await registeredCase(db, Y, THERE, [reported('2025-02-04'), ...explained()]);
    await registeredCase(db, PINNED, HERE, protectionActFiled('inv-2'), { environment: PINNED_ENVIRONMENT });
    await registeredCase(db, LEGACY, HERE, protectionActFiled('inv-3'));
    await registeredCase(db, UNPINNED, HERE, protectionActFiled('inv-4'));
    await db.query('UPDATE cases.case_registration SET environment_version = NULL WHERE case_id = ANY($1)', [
      [LEGACY, UNPINNED],
    ]);
    cases = await startCases(
      created.url,
      { OUTBOX_RELAY_ENABLED: 'false', EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'cases-evidence-')) },
      // The task list reads the projection; only a case with no recorded environment asks its workflow which.
      [
        {
          provide: TemporalClientProvider,
          useValue: {
            environment: DEFAULT_PINNED_ENVIRONMENT,
            query: async (caseId: string, query: { name: string }) => {
              expect(query.name).toBe('environment');
              expect([LEGACY, UNPINNED]).toContain(caseId);
              return caseId === LEGACY
                ? { version: 'env-retired', calendarVersion: 'cal-retired', policy: DEFAULT_POLICY }
                : { version: null, calendarVersion: null, policy: DEFAULT_POLICY };
            },
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

  const as = async (personRef: string, roles: Role[], unitId = HERE) =>
    `Bearer ${await tokenFor(personRef, roles, unitId)}`;
  const list = async (personRef: string, roles: Role[], unitId = HERE, query = '') => {
    const res = await request(cases.app.getHttpServer())
      .get(`/tasks${query}`)
      .set('authorization', await as(personRef, roles, unitId));
    expect(res.status).toBe(200);
    return (res.body as { tasks: Row[] }).tasks;
  };
  const post = async (path: string, personRef: string, roles: Role[], unitId: string, body: object) =>
    request(cases.app.getHttpServer())
      .post(path)
      .set('authorization', await as(personRef, roles, unitId))
      .set('idempotency-key', `k-${Math.random().toString(36).slice(2)}`)
      .send(body);

  it('gives each task its case, its bounding clock in working days, and what blocks the conclusion', async () => {
    const tasks = await list('inv-1', ['investigator']);
    expect(tasks.map((t) => t.command)).toEqual([
      ...B_PROTECTION_ACT.map(() => 'AnswerProtectionActItem'),
      'SubmitConclusion',
    ]);
    for (const t of tasks) {
      expect(t).toMatchObject({ caseId: X, queue: 'mine', claimable: false, claimedBy: null });
      // The investigation month from 2025-02-10, long past on today's calendar: overdue, counted by the service.
      expect(t.due).toMatchObject({ clock: 'investigation', citation: expect.stringContaining('58') });
      expect(t.due!.workingDaysLeft).toBeLessThan(0);
      expect(t.overdue).toBe(true);
      expect(t.dueThisWeek).toBe(false);
    }
    expect(tasks.at(-1)!.blockedBy).toEqual(
      B_PROTECTION_ACT.map((item) => ({
        kind: 'item-unanswered',
        personRef: 'officer-b',
        itemId: item.id,
        citation: expect.stringContaining('art. 58 p.7'),
      })),
    );
    // One case only, for the case page.
    expect(await list('inv-1', ['investigator'], HERE, `?caseId=${Y}`)).toEqual([]);
    expect((await list('inv-1', ['investigator'], HERE, `?caseId=${X}`)).length).toBe(tasks.length);
  });

  it("counts each case's working days on the calendar it is pinned to, not on today's", async () => {
    const current = await list('inv-1', ['investigator']);
    const pinned = await list('inv-2', ['investigator']);
    expect(pinned.map((t) => t.command)).toEqual(current.map((t) => t.command));
    for (const [i, t] of pinned.entries()) {
      const onToday = current[i]!;
      expect(t.caseId).toBe(PINNED);
      // The same due day; one more day off (10 June 2026) between it and today: overdue by one working day less.
      expect(t.due!.dueOn).toBe(onToday.due!.dueOn);
      expect(t.due!.workingDaysLeft).toBe(onToday.due!.workingDaysLeft + 1);
      expect(t.overdue).toBe(true);
    }
  });

  it('gives no due figure rather than a wrong one when the case’s calendar is not known here', async () => {
    const legacy = await list('inv-3', ['investigator']);
    expect(legacy.length).toBeGreaterThan(0);
    for (const t of legacy) expect(t).toMatchObject({ caseId: LEGACY, due: null, overdue: false });
  });

  it('learns the environment of a case registered before they were recorded from its workflow, and records it', async () => {
    const current = await list('inv-1', ['investigator']);
    const unpinned = await list('inv-4', ['investigator']);
    expect(unpinned.map((t) => t.due)).toEqual(current.map((t) => t.due));
    const [row] = (await db.query(
      'SELECT environment_version FROM cases.case_registration WHERE case_id = $1',
      [UNPINNED],
    )) as { environment_version: string | null }[];
    expect(row!.environment_version).toBe(DEFAULT_PINNED_ENVIRONMENT.version);
  });

  it("lets one head of the unit claim the unit's group task; the others see who holds it", async () => {
    const [task] = await list('head-9', ['head'], THERE);
    expect(task).toMatchObject({
      caseId: Y,
      command: 'OrderInvestigation',
      queue: 'group',
      claimable: true,
      due: { clock: expect.stringMatching(/^limitation-/) },
    });
    const body = { caseId: Y, taskId: task!.taskId };
    const claimed = await post('/tasks/claims', 'head-9', ['head'], THERE, body);
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ caseId: Y, taskId: task!.taskId, claimedBy: 'head-9' });
    // Claiming again is a no-op; the task is now the claimer's own.
    expect((await post('/tasks/claims', 'head-9', ['head'], THERE, body)).status).toBe(200);
    expect(await list('head-9', ['head'], THERE)).toEqual([
      expect.objectContaining({ queue: 'mine', claimedBy: 'head-9', claimable: false }),
    ]);
    // Another head of the same unit sees it held, and cannot take it.
    expect(await list('head-8', ['head'], THERE)).toEqual([
      expect.objectContaining({ queue: 'group', claimedBy: 'head-9', claimable: false }),
    ]);
    const refused = await post('/tasks/claims', 'head-8', ['head'], THERE, body);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'TASK_CLAIMED' });
    expect((await post('/tasks/claims/release', 'head-8', ['head'], THERE, body)).status).toBe(404);
    expect((await post('/tasks/claims/release', 'head-9', ['head'], THERE, body)).status).toBe(200);
    expect((await post('/tasks/claims', 'head-8', ['head'], THERE, body)).status).toBe(200);
  });

  it('refuses what cannot be claimed, naming the field', async () => {
    const bad = await post('/tasks/claims', 'head-9', ['head'], THERE, { caseId: 'nope', taskId: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'caseId' })]);
    // A task the caller does not have (another unit's case), and one that already names its person.
    const foreign = await post('/tasks/claims', 'head-1', ['head'], HERE, { caseId: Y, taskId: 'x' });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ code: 'TASK_NOT_FOUND' });
    const [named] = await list('inv-1', ['investigator']);
    const notClaimable = await post('/tasks/claims', 'inv-1', ['investigator'], HERE, {
      caseId: X,
      taskId: named!.taskId,
    });
    expect(notClaimable.status).toBe(409);
    expect(notClaimable.body).toMatchObject({ code: 'TASK_NOT_CLAIMABLE' });
    // Roles without case work have no task list.
    expect(
      (
        await request(cases.app.getHttpServer())
          .get('/tasks')
          .set('authorization', await as('aud', ['auditor']))
      ).status,
    ).toBe(403);
  });
});
