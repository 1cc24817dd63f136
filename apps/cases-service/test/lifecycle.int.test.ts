import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { integrationEventType } from '@qorgau/cases-persistence';
import { addDays, kazakhstanDateOf, type LocalDate } from '@qorgau/domain';
import { type Role } from '@qorgau/service-kit';
import { startOfKazakhstanDay } from '@qorgau/workflows';
import { timeSkippingEnvironment } from '@qorgau/devstack';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { seedDirectory } from '../src/seed/seed-data';
import { TemporalClientProvider } from '../src/platform/temporal-client.provider';
import { B_PROTECTION_ACT, COMMISSION, FINDINGS, seedReportBody } from './support/seed-case';
import {
  collect,
  createTopics,
  migratedDatabase,
  startCases,
  testKafka,
  tokenFor,
  uniqueTopic,
  waitUntil,
  type CasesApp,
  type Received,
} from './support/harness';
import { quietRuntime, startWorker } from './support/worker';

const key = () => `lc-${randomBytes(8).toString('hex')}`;

/**
 * The seed's case over HTTP from the report to the appeal's decision, on Temporal's time-skipping test server
 * (the Protection Act window and the commission's notice are days long), with the outbox relay publishing to a
 * topic of its own: every recorded event reaches Kafka once, in the order of the case's timeline.
 */
describe('the whole lifecycle over HTTP, relayed to Kafka', () => {
  let env: TestWorkflowEnvironment;
  let cases: CasesApp;
  let db: DataSource;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let consumer: Awaited<ReturnType<typeof collect>>;
  const topic = uniqueTopic('lifecycle');
  const taskQueue = `cases-lc-${randomBytes(4).toString('hex')}`;
  const wall = Date.now();

  beforeAll(async () => {
    quietRuntime();
    const kafka = testKafka();
    const [created, started] = await Promise.all([
      migratedDatabase('cases_lifecycle'),
      timeSkippingEnvironment(),
      createTopics(kafka, [topic]),
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
      CASE_EVENTS_TOPIC: topic,
      EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'cases-evidence-')),
    });
    consumer = await collect(kafka, topic);
  });

  afterAll(async () => {
    await consumer?.stop();
    await cases?.close();
    await worker?.stop();
    await db?.destroy();
    await env?.teardown();
    console.log(`lifecycle: ${((Date.now() - wall) / 1000).toFixed(1)} s wall`);
  });

  const as = async (personRef: string, roles: Role[]) => {
    const auth = `Bearer ${await tokenFor(personRef, roles)}`;
    const http = () => request(cases.app.getHttpServer());
    return {
      get: (path: string) => http().get(path).set('authorization', auth),
      post: (path: string, body: object, headers: Record<string, string> = {}) =>
        http().post(path).set('authorization', auth).set('idempotency-key', key()).set(headers).send(body),
    };
  };
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
    return r.body as { caseId: string; version: number; stage: string; events: string[] };
  };

  it('drives the seed case from the report to the appeal, then finds every event on Kafka once, in order', async () => {
    const head = await as('head-1', ['head']);
    const a = await as('officer-a', ['officer']);
    const b = await as('officer-b', ['officer']);
    const inv = await as('inv-1', ['investigator']);
    const secretary = await as('secretary-1', ['commission-secretary']);
    const higher = await as('higher-1', ['higher-official']);

    const { caseId } = await ok(head.post('/cases', seedReportBody(await today())), 201);
    const c = `/cases/${caseId}`;
    await ok(head.post(`${c}/explanations/request`, {}));
    await ok(a.post(`${c}/explanations`, { personRef: 'officer-a', kind: 'denial', documentRef: 'doc-a' }));
    await ok(b.post(`${c}/explanations`, { personRef: 'officer-b', kind: 'denial', documentRef: 'doc-b' }));
    await advanceTo(addDays(await today(), 1));

    // Optimistic concurrency: a stale If-Match is refused with 412, the current ETag goes through.
    const etag = (await head.get(c).expect(200)).headers.etag as string;
    const stale = await head.post(`${c}/investigation`, { investigatorRef: 'inv-1' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.body).toMatchObject({ code: 'PRECONDITION_FAILED' });
    await ok(head.post(`${c}/investigation`, { investigatorRef: 'inv-1' }, { 'if-match': etag }));

    // Officer B files a Protection Act, then amends it (a new version) with a sixth item.
    await ok(b.post(`${c}/protection-acts`, { items: B_PROTECTION_ACT.slice(0, 5) }));
    await ok(b.post(`${c}/protection-acts`, { items: B_PROTECTION_ACT }));
    for (const item of B_PROTECTION_ACT) {
      const verified = item.id === 'b-3';
      await ok(
        inv.post(`${c}/protection-acts/officer-b/items/${item.id}/answer`, {
          decision: verified ? 'verification-performed' : 'granted',
          reason: 'Considered in the conclusion',
          ...(verified ? { verification: 'The corridor camera was not recording that day' } : {}),
        }),
      );
    }
    const conclusion = {
      findings: FINDINGS,
      // Differentiated penalties: the symmetric-sanction guard has nothing to ask.
      proposals: [
        { personRef: 'officer-a', violationId: 'v-insults', penalty: 'remark' },
        { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
      ],
      circumstances: [],
      protectionActReferences: { 'officer-b': B_PROTECTION_ACT.map((i) => i.id) },
    };
    const early = await inv.post(`${c}/conclusion`, conclusion);
    expect(early.body).toMatchObject({ status: 409, code: 'PROTECTION_ACT_WINDOW_OPEN' });
    const state = (await head.get(c).expect(200)).body.state as {
      protectionActs: { personRef: string; window: { closesOn: LocalDate } }[];
    };
    const closesOn = state.protectionActs.find((p) => p.personRef === 'officer-b')!.window.closesOn;
    await advanceTo(addDays(closesOn, 1));
    expect(await ok(inv.post(`${c}/conclusion`, conclusion))).toMatchObject({
      stage: 'conclusion-submitted',
    });
    await ok(head.post(`${c}/conclusion/approval`, {}));
    await advanceTo(addDays(await today(), 1));
    await ok(head.post(`${c}/familiarizations`, { personRef: 'officer-a', outcome: 'signed' }));
    await ok(inv.post(`${c}/familiarizations`, { personRef: 'officer-b', outcome: 'signed' }));

    // The commission: the earliest lawful date after at least one working day's notice.
    let sessionOn: LocalDate | undefined;
    for (let d = 1; d <= 5 && !sessionOn; d += 1) {
      const on = addDays(await today(), d);
      const res = await head.post(`${c}/commission/session`, { members: COMMISSION, sessionOn: on });
      if (res.status === 200) sessionOn = on;
    }
    expect(sessionOn).toBeDefined();
    const agenda = await secretary.get(`${c}/tasks`).expect(200);
    expect(JSON.stringify(agenda.body)).toContain('commission');
    await advanceTo(sessionOn!);
    const vote = (penalty: string) =>
      COMMISSION.map((m) => ({ memberRef: m.personRef, choice: { kind: 'penalty', penalty } }));
    const held = await ok(
      secretary.post(`${c}/commission/session/minutes`, {
        presentRefs: COMMISSION.map((m) => m.personRef),
        considerations: [
          { personRef: 'officer-a', participation: 'in-person', votes: vote('remark') },
          { personRef: 'officer-b', participation: 'video', votes: vote('reprimand') },
        ],
        protectionActReferences: conclusion.protectionActReferences,
      }),
    );
    expect(held.stage).toBe('commission-decided');

    const order = await ok(
      head.post(`${c}/order`, { basis: 'investigation', penalties: conclusion.proposals }),
    );
    expect(order.events).toEqual(expect.arrayContaining(['OrderIssued', 'SupportPlansOffered']));
    await ok(head.post(`${c}/order/announcements`, { personRef: 'officer-a', outcome: 'signed' }));
    await ok(head.post(`${c}/order/announcements`, { personRef: 'officer-b', outcome: 'refused' }));
    await ok(
      b.post(`${c}/appeals`, {
        appealId: 'ap-1',
        penaltyId: `${caseId}/officer-b/v-insults`,
        to: 'higher-official',
      }),
    );
    await ok(higher.post(`${c}/appeals/ap-1/decision`, { outcome: 'upheld', reason: 'The order is lawful' }));

    // Each relation reads the decided case as its role needs it (art. 42, caseViewFor in packages/domain).
    type View = { state: Record<string, unknown>; withheld: string[] };
    const viewOf = async (who: typeof head) => (await who.get(c).expect(200)).body as View;
    const refsIn = (list: unknown) => (list as { personRef: string }[]).map((x) => x.personRef);
    const typesOf = async (who: typeof head) =>
      (await who.get(`${c}/timeline`).expect(200)).body as { type: string; data: Record<string, unknown> }[];
    const headView = await viewOf(head);
    expect(headView.withheld).toEqual([]);
    expect(refsIn(headView.state.penalties)).toEqual(['officer-a', 'officer-b']);
    // A subject: their own file fully, never the other subject's explanation, act or penalty.
    const bView = await viewOf(b);
    for (const field of ['penalties', 'explanations', 'protectionActs', 'appeals'])
      expect(`${field}: ${refsIn(bView.state[field]).join()}`).toBe(`${field}: officer-b`);
    expect(bView.state.conclusion).toMatchObject({
      proposals: [expect.objectContaining({ personRef: 'officer-b', penalty: 'reprimand' })],
      symmetricSanctionJustification: null,
    });
    expect(refsIn((bView.state.commission as { recommendations: unknown }).recommendations)).toEqual([
      'officer-b',
    ]);
    // The applicant (also a subject here) sees their own penalty only, and no appeal of B's.
    const aView = await viewOf(a);
    expect(refsIn(aView.state.penalties)).toEqual(['officer-a']);
    expect(aView.state.appeals).toEqual([]);
    expect(refsIn(aView.state.protectionActs)).toEqual(['officer-a']);
    // The witness: the stage and dates, no one's penalty, explanation or Protection Act.
    const witness = await as('colleague-c', ['officer']);
    const wView = await viewOf(witness);
    expect(wView.state).toMatchObject({
      stage: 'penalty-active',
      penalties: [],
      explanations: [],
      appeals: [],
    });
    expect(wView.withheld).toEqual(
      expect.arrayContaining(['protectionActs', 'conclusion', 'evidenceBasisFlags']),
    );
    expect(wView.state).not.toHaveProperty('protectionActs');
    const wTimeline = await typesOf(witness);
    expect(wTimeline.map((e) => e.type)).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ProtectionAct|OrderAnnounced|Appeal|ExplanationRecorded/),
      ]),
    );
    // The order as the witness reads it: no penalty, only the finding about themself.
    expect(wTimeline.find((e) => e.type === 'OrderIssued')?.data).toMatchObject({
      penalties: [],
      findings: [expect.objectContaining({ personRef: 'colleague-c' })],
    });
    const bTimeline = await typesOf(b);
    expect(bTimeline.filter((e) => e.type === 'ExplanationRecorded')).toHaveLength(1);
    expect(bTimeline.find((e) => e.type === 'OrderIssued')?.data).toMatchObject({
      penalties: [expect.objectContaining({ personRef: 'officer-b' })],
    });
    // The investigator: the materials and the answers, not the penalties or appeals that followed.
    const invView = await viewOf(inv);
    expect(refsIn(invView.state.protectionActs)).toEqual(['officer-a', 'officer-b']);
    expect(invView.withheld).toEqual(expect.arrayContaining(['penalties', 'appeals', 'supportPlanIds']));
    // The commission: its votes and the Protection Acts it referenced; not the imposed penalties.
    const secretaryView = await viewOf(secretary);
    expect(refsIn((secretaryView.state.commission as { recommendations: unknown }).recommendations)).toEqual([
      'officer-a',
      'officer-b',
    ]);
    expect(secretaryView.withheld).toEqual(expect.arrayContaining(['penalties', 'appeals']));
    // The higher official weighs the penalty against the gravity: the penalties and the appeal.
    const higherView = await viewOf(higher);
    expect(refsIn(higherView.state.penalties)).toEqual(['officer-a', 'officer-b']);
    expect(refsIn(higherView.state.appeals)).toEqual(['officer-b']);

    // Kafka: exactly the timeline's events, in order, each eventId once.
    const timeline = (await head.get(`${c}/timeline`).expect(200)).body as {
      eventId: string;
      type: string;
    }[];
    const expected = timeline.map((e) => integrationEventType(e.type));
    const mine = (): Received[] => consumer.received.filter((m) => m.key === caseId);
    await waitUntil('every event is on Kafka', async () => mine().length >= expected.length, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500)); // nothing more arrives
    const received = mine();
    expect(received.map((m) => m.type)).toEqual(expected);
    expect(received.map((m) => m.eventId)).toEqual(timeline.map((e) => e.eventId));
    expect(new Set(received.map((m) => m.eventId)).size).toBe(received.length);
    for (const type of [
      'case.reported',
      'case.explanations-requested',
      'case.investigation-ordered',
      'case.protection-act-filed',
      'case.protection-act-item-answered',
      'case.conclusion-submitted',
      'case.conclusion-approved',
      'case.familiarization-recorded',
      'case.commission-session-scheduled',
      'case.commission-session-held',
      'case.order-issued',
      'case.order-announced',
      'case.appeal-filed',
      'case.appeal-decided',
    ]) {
      expect(received.map((m) => m.type)).toContain(type);
    }
    expect(received.filter((m) => m.type === 'case.protection-act-filed')).toHaveLength(2);
    expect(received.filter((m) => m.type === 'case.protection-act-item-answered')).toHaveLength(6);
    const position = (type: string) => (expected as string[]).indexOf(type);
    expect(position('case.reported')).toBe(0);
    expect(position('case.conclusion-submitted')).toBeLessThan(position('case.commission-session-held'));
    expect(position('case.order-issued')).toBeLessThan(position('case.appeal-filed'));
    const pending = (await db.query(
      'SELECT count(*)::int AS n FROM cases.outbox WHERE published_at IS NULL',
    )) as {
      n: number;
    }[];
    expect(pending[0]!.n).toBe(0);
  });

  it('applies only one of two commands sent on the same ETag (checked by the workflow), carries x-request-id to Kafka, and routes the remaining steps', async () => {
    const head = await as('head-1', ['head']);
    const inv = await as('inv-1', ['investigator']);
    const a = await as('officer-a', ['officer']);
    const c3 = await as('colleague-c', ['officer']);

    const { caseId } = await ok(head.post('/cases', seedReportBody(await today())), 201);
    const c = `/cases/${caseId}`;
    // The HTTP request's x-request-id reaches the workflow, the recorded events and their Kafka headers.
    const traced = await head.post(`${c}/explanations/request`, {}, { 'x-request-id': 'test-trace-1' });
    expect(traced.status).toBe(200);
    const rows = (await db.query(
      `SELECT e.request_id, o.headers FROM cases.case_event e JOIN cases.outbox o ON o.event_id = e.event_id
        WHERE e.case_id = $1 AND e.type = 'ExplanationsRequested'`,
      [caseId],
    )) as { request_id: string; headers: Record<string, string> }[];
    expect(rows).toEqual([
      { request_id: 'test-trace-1', headers: expect.objectContaining({ 'x-request-id': 'test-trace-1' }) },
    ]);
    const onKafka = () =>
      consumer.received.find((m) => m.key === caseId && m.type === 'case.explanations-requested');
    await waitUntil('the traced event is on Kafka', async () => onKafka() !== undefined, 30_000);
    expect(onKafka()!.headers['x-request-id']).toBe('test-trace-1');

    // Two commands decided on the same version, at once: one applies, the other is 412 and changes nothing.
    const etag = (await head.get(c).expect(200)).headers.etag as string;
    const both = await Promise.all(
      ['officer-a', 'officer-b'].map((personRef) =>
        head.post(
          `${c}/explanations`,
          { personRef, kind: 'denial', documentRef: `doc-${personRef}` },
          {
            'if-match': etag,
          },
        ),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 412]);
    const refused = both.find((r) => r.status === 412)!;
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'PRECONDITION_FAILED' });
    const version = Number(JSON.parse((await head.get(c).expect(200)).headers.etag as string));
    expect(version).toBe(Number(JSON.parse(etag)) + 1);

    // The workflow's own check (no projection pre-check in front of it): concurrent updates with one
    // expectedVersion, then a stale one refused by the validator.
    const temporal = cases.app.get(TemporalClientProvider);
    const evidence = (id: string) => ({
      command: {
        type: 'AddEvidence' as const,
        item: { id, kind: 'document' as const, description: 'Shift log', allegationIds: [] },
      },
      actor: { ref: 'head-1', role: 'head' as const },
      requestId: key(),
      expectedVersion: version,
    });
    const settled = await Promise.allSettled([
      temporal.execute(caseId, evidence('ev-x1')),
      temporal.execute(caseId, evidence('ev-x2')),
    ]);
    expect(settled.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = settled.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ problem: { code: 'PRECONDITION_FAILED', status: 412 } });
    await expect(temporal.execute(caseId, evidence('ev-x3'))).rejects.toMatchObject({
      problem: { code: 'PRECONDITION_FAILED', status: 412 },
    });

    // The remaining steps, routed through the real workflow.
    const pending = both[0]!.status === 412 ? 'officer-a' : 'officer-b';
    await ok(head.post(`${c}/explanations`, { personRef: pending, kind: 'denial', documentRef: 'doc' }));
    await ok(head.post(`${c}/investigation`, { investigatorRef: 'inv-1' }));
    await ok(
      inv.post(`${c}/allegations`, {
        id: 'al-2',
        byRef: 'officer-b',
        againstRef: 'officer-a',
        kind: 'verbal-abuse',
        description: 'Officer B reports insults by officer A',
      }),
    );
    await ok(head.post(`${c}/investigation/extensions`, { days: 5, reason: 'The expertise is late' }));
    await ok(a.post(`${c}/polygraph`, { personRef: 'officer-a', consent: true }));
    const noConsent = await inv.post(`${c}/polygraph`, { personRef: 'officer-b', consent: false });
    expect(noConsent.body).toMatchObject({ code: 'POLYGRAPH_CONSENT_REQUIRED' });
    await ok(c3.post(`${c}/witness-support`, { personRef: 'colleague-c' }));
    await ok(head.post(`${c}/investigation/investigator`, { investigatorRef: 'inv-2', reason: 'On leave' }));
    await ok(head.post(`${c}/hand-overs`, { body: 'Anti-corruption service', pauseId: 'p-handover' }));
    const types = ((await head.get(`${c}/timeline`).expect(200)).body as { type: string }[]).map(
      (e) => e.type,
    );
    expect(types).toEqual(
      expect.arrayContaining([
        'AllegationRecorded',
        'InvestigationExtended',
        'PolygraphRecorded',
        'WitnessSupportRequested',
        'InvestigatorReplaced',
        'MaterialsHandedOver',
      ]),
    );
  });
});
