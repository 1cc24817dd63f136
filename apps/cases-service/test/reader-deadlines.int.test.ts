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
import { seedDirectory } from '../src/seed/seed-data';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { B_PROTECTION_ACT, COMMISSION, FINDINGS, seedReportBody } from './support/seed-case';
import { quietRuntime, startWorker } from './support/worker';

const key = () => `rd-${randomBytes(8).toString('hex')}`;

interface Deadline {
  readonly clock: {
    readonly clock: string;
    readonly dueOn: string;
    readonly why: readonly { kind: string }[];
  };
  readonly personRef?: string;
}
interface Task {
  readonly command: string;
  readonly personRef?: string;
  readonly itemId?: string;
}

/** `clock:person` per deadline (the limitation clocks as one: which of them binds depends on the dates), sorted. */
const clocks = (ds: readonly Deadline[]) =>
  ds
    .map(
      (d) =>
        `${d.clock.clock.startsWith('limitation-') ? 'limitation' : d.clock.clock}:${d.personRef ?? '*'}`,
    )
    .sort();
/** `role/command:person#item` per task, sorted. */
const tasks = (byRole: Record<string, readonly Task[]>) =>
  Object.entries(byRole)
    .flatMap(([role, ts]) =>
      ts.map((t) => `${role}/${t.command}:${t.personRef ?? '*'}${t.itemId ? `#${t.itemId}` : ''}`),
    )
    .sort();

/**
 * What each reader gets from GET /cases/:id/deadlines and /tasks (art. 42), on the seed's case played over HTTP on
 * Temporal's time-skipping test server: officer A (applicant and subject), officer B (subject), colleague C
 * (witness), the ordering head, the investigator and the higher official deciding B's appeal.
 */
describe('deadlines and tasks as each reader may see them', () => {
  let env: TestWorkflowEnvironment;
  let cases: CasesApp;
  let db: DataSource;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  const taskQueue = `cases-rd-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    quietRuntime();
    const [created, started] = await Promise.all([
      migratedDatabase('cases_reader_deadlines'),
      timeSkippingEnvironment(),
    ]);
    env = started;
    db = created.dataSource;
    // The directory places the unit's higher official (higher-1) above it: appeals are addressed to them.
    await seedDirectory(db);
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

  const as = async (personRef: string, roles: Role[]) => {
    const auth = `Bearer ${await tokenFor(personRef, roles)}`;
    const http = () => request(cases.app.getHttpServer());
    return {
      get: (path: string) => http().get(path).set('authorization', auth),
      post: (path: string, body: object) =>
        http().post(path).set('authorization', auth).set('idempotency-key', key()).send(body),
    };
  };
  type Client = Awaited<ReturnType<typeof as>>;
  const today = async (): Promise<LocalDate> =>
    kazakhstanDateOf(new Date(await env.currentTimeMs()).toISOString());
  /** Skips to 10:00 Kazakhstan time on `date`; the case's timers fire on the way. */
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
  const deadlinesOf = async (who: Client, c: string) =>
    clocks((await who.get(`${c}/deadlines`).expect(200)).body as Deadline[]);
  const tasksOf = async (who: Client, c: string) =>
    tasks((await who.get(`${c}/tasks`).expect(200)).body as Record<string, Task[]>);

  it('a subject gets their own clocks and tasks, never the other subject’s; a witness the case’s; the head all', async () => {
    const head = await as('head-1', ['head']);
    const a = await as('officer-a', ['officer']);
    const b = await as('officer-b', ['officer']);
    const witness = await as('colleague-c', ['officer']);
    const inv = await as('inv-1', ['investigator']);
    const secretary = await as('secretary-1', ['commission-secretary']);
    const higher = await as('higher-1', ['higher-official']);

    const { caseId } = await ok(head.post('/cases', seedReportBody(await today())), 201);
    const c = `/cases/${caseId}`;
    await ok(head.post(`${c}/explanations/request`, {}));
    await ok(a.post(`${c}/explanations`, { personRef: 'officer-a', kind: 'denial', documentRef: 'doc-a' }));
    await ok(b.post(`${c}/explanations`, { personRef: 'officer-b', kind: 'denial', documentRef: 'doc-b' }));
    await advanceTo(addDays(await today(), 1));
    await ok(head.post(`${c}/investigation`, { investigatorRef: 'inv-1' }));
    await ok(b.post(`${c}/protection-acts`, { items: B_PROTECTION_ACT }));
    // Officer B is in medical treatment for two days from the order: the investigation month stands (art. 58 p.4).
    const orderedOn = await today();
    await ok(
      head.post(`${c}/absences`, {
        personRef: 'officer-b',
        kind: 'medical-treatment',
        from: orderedOn,
        to: addDays(orderedOn, 1),
      }),
    );
    await advanceTo(addDays(orderedOn, 3));

    // The investigation: the month is the case's; the limitation clocks and Protection Act windows are per subject.
    const investigating = [
      'investigation:*',
      'limitation:officer-a',
      'limitation:officer-b',
      'protection-act-window:officer-a',
      'protection-act-window:officer-b',
    ];
    expect(await deadlinesOf(head, c)).toEqual(investigating);
    expect(await deadlinesOf(inv, c)).toEqual(investigating);
    expect(await deadlinesOf(a, c)).toEqual([
      'investigation:*',
      'limitation:officer-a',
      'protection-act-window:officer-a',
    ]);
    expect(await deadlinesOf(b, c)).toEqual([
      'investigation:*',
      'limitation:officer-b',
      'protection-act-window:officer-b',
    ]);
    expect(await deadlinesOf(witness, c)).toEqual(['investigation:*']);
    // Every deadline comes with its working-day countdown, counted by the service (a screen never counts).
    const counted = (await head.get(`${c}/deadlines`).expect(200)).body as (Deadline & {
      workingDaysLeft: number;
    })[];
    expect(counted.length).toBeGreaterThan(0);
    for (const d of counted) expect(Number.isInteger(d.workingDaysLeft)).toBe(true);
    const byDue = [...counted].sort((x, y) => x.clock.dueOn.localeCompare(y.clock.dueOn));
    for (let i = 1; i < byDue.length; i++)
      expect(byDue[i]!.workingDaysLeft).toBeGreaterThanOrEqual(byDue[i - 1]!.workingDaysLeft);
    // Whose treatment paused the month is B's medical file: the head sees it, the witness only the paused days.
    const month = async (who: Client) =>
      ((await who.get(`${c}/deadlines`).expect(200)).body as Deadline[]).find(
        (d) => d.clock.clock === 'investigation',
      )!;
    expect(JSON.stringify(await month(head))).toContain('medical-treatment');
    const seenByWitness = await month(witness);
    expect(JSON.stringify(seenByWitness)).not.toContain('medical-treatment');
    expect(seenByWitness.clock.why.map((w) => w.kind)).toContain('paused-total');

    // B's six items wait for the investigator's answers; A may still file an act of their own.
    const answers = B_PROTECTION_ACT.map((i) => `investigator/AnswerProtectionActItem:officer-b#${i.id}`);
    expect(await tasksOf(head, c)).toEqual(['subject/FileProtectionAct:officer-a', ...answers].sort());
    expect(await tasksOf(b, c)).toEqual(answers.sort());
    expect(await tasksOf(a, c)).toEqual(['subject/FileProtectionAct:officer-a']);
    expect(await tasksOf(witness, c)).toEqual([]);

    // To the order: every item answered, the windows closed, the conclusion approved and shown, the commission heard.
    for (const item of B_PROTECTION_ACT)
      await ok(
        inv.post(`${c}/protection-acts/officer-b/items/${item.id}/answer`, {
          decision: item.id === 'b-3' ? 'verification-performed' : 'granted',
          reason: 'Considered in the conclusion',
          ...(item.id === 'b-3' ? { verification: 'The corridor camera was not recording that day' } : {}),
        }),
      );
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
        protectionActReferences: { 'officer-b': B_PROTECTION_ACT.map((i) => i.id) },
      }),
    );
    await ok(head.post(`${c}/conclusion/approval`, {}));
    await advanceTo(addDays(await today(), 1));
    await ok(head.post(`${c}/familiarizations`, { personRef: 'officer-a', outcome: 'signed' }));
    await ok(inv.post(`${c}/familiarizations`, { personRef: 'officer-b', outcome: 'signed' }));
    let sessionOn: LocalDate | undefined;
    for (let d = 1; d <= 5 && !sessionOn; d += 1) {
      const on = addDays(await today(), d);
      const res = await head.post(`${c}/commission/session`, { members: COMMISSION, sessionOn: on });
      if (res.status === 200) sessionOn = on;
    }
    await advanceTo(sessionOn!);
    const vote = (penalty: string) =>
      COMMISSION.map((m) => ({ memberRef: m.personRef, choice: { kind: 'penalty', penalty } }));
    await ok(
      secretary.post(`${c}/commission/session/minutes`, {
        presentRefs: COMMISSION.map((m) => m.personRef),
        considerations: [
          { personRef: 'officer-a', participation: 'in-person', votes: vote('remark') },
          { personRef: 'officer-b', participation: 'video', votes: vote('reprimand') },
        ],
        protectionActReferences: { 'officer-b': B_PROTECTION_ACT.map((i) => i.id) },
      }),
    );
    await ok(head.post(`${c}/order`, { basis: 'investigation', penalties: proposals }));

    // The order is not yet announced: the head's tasks name each penalized officer.
    expect(await tasksOf(head, c)).toEqual([
      'head/RecordOrderAnnouncement:officer-a',
      'head/RecordOrderAnnouncement:officer-b',
    ]);
    expect(await tasksOf(a, c)).toEqual(['head/RecordOrderAnnouncement:officer-a']);
    expect(await tasksOf(witness, c)).toEqual([]);
    expect(await tasksOf(inv, c)).toEqual([]);

    await ok(head.post(`${c}/order/announcements`, { personRef: 'officer-a', outcome: 'signed' }));
    await ok(head.post(`${c}/order/announcements`, { personRef: 'officer-b', outcome: 'signed' }));
    await ok(
      b.post(`${c}/appeals`, {
        appealId: 'ap-1',
        penaltyId: `${caseId}/officer-b/v-insults`,
        to: 'higher-official',
      }),
    );

    // Each penalty runs its appeal period, expiry and early lifting: personal-file data (art. 42, art. 57 p.17-21).
    const penaltyClocks = (who: string) => [`appeal:${who}`, `early-lifting:${who}`, `penalty-expiry:${who}`];
    const everyPenalty = [...penaltyClocks('officer-a'), ...penaltyClocks('officer-b')].sort();
    expect(await deadlinesOf(head, c)).toEqual(everyPenalty);
    expect(await deadlinesOf(higher, c)).toEqual(everyPenalty);
    expect(await deadlinesOf(a, c)).toEqual(penaltyClocks('officer-a'));
    expect(await deadlinesOf(b, c)).toEqual(penaltyClocks('officer-b'));
    expect(await deadlinesOf(witness, c)).toEqual([]);
    expect(await deadlinesOf(inv, c)).toEqual([]);

    // A may still appeal; B's appeal waits for the higher official.
    const open = ['higher-official/DecideAppeal:officer-b', 'subject/FileAppeal:officer-a'];
    expect(await tasksOf(head, c)).toEqual(open);
    expect(await tasksOf(higher, c)).toEqual(open);
    expect(await tasksOf(a, c)).toEqual(['subject/FileAppeal:officer-a']);
    expect(await tasksOf(b, c)).toEqual(['higher-official/DecideAppeal:officer-b']);
    expect(await tasksOf(witness, c)).toEqual([]);
  });
});
