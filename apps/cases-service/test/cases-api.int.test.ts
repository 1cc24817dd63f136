import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLES, type Role } from '@qorgau/service-kit';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { reportOf, today } from './support/cases';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { startWorker } from './support/worker';

const key = () => `it-${randomBytes(8).toString('hex')}`;
const UNIT = 'unit-almaty-3';

/** Issue 4 over real Temporal (dev server), Postgres and the workflows of packages/workflows. */
describe('case commands over HTTP', () => {
  let cases: CasesApp;
  let db: DataSource;
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let caseId: string;
  let version: number;
  const taskQueue = `cases-it-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const created = await migratedDatabase('cases_api');
    db = created.dataSource;
    worker = await startWorker(db, taskQueue);
    cases = await startCases(created.url, {
      TEMPORAL_TASK_QUEUE: taskQueue,
      OUTBOX_RELAY_ENABLED: 'false',
      EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'cases-evidence-')),
    });
  });

  afterAll(async () => {
    await cases?.close();
    await worker?.stop();
    await db?.destroy();
  });

  const as = async (personRef: string, roles: Role[], unitId = UNIT) => {
    const auth = `Bearer ${await tokenFor(personRef, roles, unitId)}`;
    const http = () => request(cases.app.getHttpServer());
    return {
      get: (path: string) => http().get(path).set('authorization', auth),
      put: (path: string) => http().put(path).set('authorization', auth),
      post: (path: string, body: object, idempotencyKey: string | null = key()) => {
        const req = http().post(path).set('authorization', auth);
        return (idempotencyKey ? req.set('idempotency-key', idempotencyKey) : req).send(body);
      },
    };
  };
  const head = () => as('head-1', ['head']);
  const subject = (ref: string) => as(ref, ['officer']);
  const report = () => {
    const { type: _type, ...body } = reportOf(today());
    return body;
  };

  it('registers a report once per Idempotency-Key and refuses bad input field by field', async () => {
    const h = await head();
    const k = key();
    const first = await h.post('/cases', report(), k).expect(201);
    expect(first.body).toMatchObject({ stage: 'reported', events: expect.arrayContaining(['CaseReported']) });
    version = first.body.version;
    caseId = first.body.caseId;
    expect(first.headers.location).toBe(`/cases/${caseId}`);

    const replay = await h.post('/cases', report(), k).expect(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers['idempotency-replayed']).toBe('true');
    expect((await h.post('/cases', { ...report(), source: 'notice-from-other-body' }, k)).body).toMatchObject(
      {
        status: 422,
        code: 'IDEMPOTENCY_KEY_REUSED',
      },
    );

    expect((await h.post('/cases', report(), null)).body).toMatchObject({
      status: 400,
      code: 'IDEMPOTENCY_KEY_REQUIRED',
    });
    const bad = report();
    const invalid = await h.post('/cases', {
      ...bad,
      violations: [{ ...bad.violations[0], gravity: 'minor', committedOn: 'yesterday' }],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'violations.0.gravity', rule: 'invalid_value' }),
        expect.objectContaining({ field: 'violations.0.committedOn', rule: 'invalid_format' }),
      ]),
    );
    expect((await (await subject('officer-a')).post('/cases', report())).status).toBe(403);
  });

  it('reads the projection with an ETag, and the timeline', async () => {
    const h = await head();
    const got = await h.get(`/cases/${caseId}`).expect(200);
    expect(got.headers.etag).toBe(`"${version}"`);
    expect(got.body).toMatchObject({ caseId, stage: 'reported', version, unitId: UNIT, withheld: [] });
    expect(got.headers.vary).toMatch(/authorization/i);
    await h.get(`/cases/${caseId}`).set('if-none-match', `"${version}"`).expect(304);
    const timeline = await h.get(`/cases/${caseId}/timeline`).expect(200);
    expect(timeline.body).toHaveLength(version);
    expect(timeline.body[0]).toMatchObject({ seq: 1, type: 'CaseReported' });
  });

  it('runs the steps through the workflow and answers DomainErrors with code and citation', async () => {
    const h = await head();
    await h.post(`/cases/${caseId}/explanations/request`, {}).expect(200);
    const again = await h.post(`/cases/${caseId}/explanations/request`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'COMMAND_NOT_ALLOWED_IN_STAGE', citation: expect.any(String) });
    expect(again.body.detail).toEqual(expect.any(String));

    // A subject explains for themself only.
    const b = await subject('officer-b');
    const explanation = { kind: 'denial', documentRef: 'doc-b' };
    expect(
      (await b.post(`/cases/${caseId}/explanations`, { ...explanation, personRef: 'officer-a' })).status,
    ).toBe(403);
    await b.post(`/cases/${caseId}/explanations`, { ...explanation, personRef: 'officer-b' }).expect(200);
    await (await subject('officer-a'))
      .post(`/cases/${caseId}/explanations`, { kind: 'denial', documentRef: 'doc-a', personRef: 'officer-a' })
      .expect(200);
    // Each subject reads their own explanation only; the head reads both (art. 42).
    const explanationsOf = async (who: Awaited<ReturnType<typeof as>>) =>
      (
        (await who.get(`/cases/${caseId}`).expect(200)).body.state.explanations as { personRef: string }[]
      ).map((e) => e.personRef);
    expect(await explanationsOf(b)).toEqual(['officer-b']);
    expect(await explanationsOf(h)).toEqual(['officer-b', 'officer-a']);
    const bTimeline = (await b.get(`/cases/${caseId}/timeline`).expect(200)).body as {
      type: string;
      data: { explanation?: { personRef: string } };
    }[];
    expect(
      bTimeline.filter((e) => e.type === 'ExplanationRecorded').map((e) => e.data.explanation!.personRef),
    ).toEqual(['officer-b']);
    const ordered = await h.post(`/cases/${caseId}/investigation`, { investigatorRef: 'inv-1' }).expect(200);
    expect(ordered.body).toMatchObject({ stage: 'investigation' });

    const deadlines = await h.get(`/cases/${caseId}/deadlines`).expect(200);
    expect(Array.isArray(deadlines.body)).toBe(true);
    const tasks = await h.get(`/cases/${caseId}/tasks`).expect(200);
    expect(typeof tasks.body).toBe('object');
  });

  it('authorizes every route by role and relation to the case (matrix)', async () => {
    const person: Record<Role, string> = {
      officer: 'officer-b',
      investigator: 'inv-1',
      head: 'head-1',
      'commission-member': 'member-1',
      'commission-chair': 'chair-1',
      'commission-secretary': 'secretary-1',
      'higher-official': 'higher-1',
      'wellbeing-staff': 'officer-b',
      'hr-inspector': 'officer-b',
      auditor: 'auditor-1',
      admin: 'admin-1',
    };
    // Related by role and relation: a subject, the assigned investigator, the unit's head; auditors read only.
    const reads = new Set<Role>(['officer', 'investigator', 'head', 'auditor']);
    const addsEvidence = new Set<Role>(['investigator', 'head']);
    const seen: string[] = [];
    for (const role of ROLES) {
      const who = await as(person[role], [role]);
      for (const path of ['', '/timeline', '/deadlines', '/tasks']) {
        const status = (await who.get(`/cases/${caseId}${path}`)).status;
        seen.push(`${role} GET${path || ' case'} ${status}`);
        expect(`${role} GET${path} ${status}`).toBe(`${role} GET${path} ${reads.has(role) ? 200 : 404}`);
      }
      const evidence = { id: `ev-${role}`, kind: 'document', description: `Added by ${role}` };
      const status = (await who.post(`/cases/${caseId}/evidence`, evidence)).status;
      const expected = addsEvidence.has(role) ? 200 : reads.has(role) ? 403 : 404;
      expect(`${role} POST evidence ${status}`).toBe(`${role} POST evidence ${expected}`);
      const registers = (await who.post('/cases', report())).status;
      expect(`${role} POST /cases ${registers}`).toBe(`${role} POST /cases ${role === 'head' ? 201 : 403}`);
    }
    // Related role, no relation: another investigator, another unit's head, a stranger officer.
    expect((await (await as('inv-2', ['investigator'])).get(`/cases/${caseId}`)).status).toBe(404);
    expect((await (await as('head-9', ['head'], 'unit-other')).get(`/cases/${caseId}`)).status).toBe(404);
    expect((await (await subject('officer-z')).get(`/cases/${caseId}`)).status).toBe(404);
    expect((await request(cases.app.getHttpServer()).get(`/cases/${caseId}`)).status).toBe(401);
    expect(seen.length).toBe(ROLES.length * 4);
  });

  it('keeps evidence content by its SHA-256, immutable, with a chain of custody', async () => {
    const h = await head();
    const path = `/cases/${caseId}/evidence/ev-head/content`;
    const pdf = Buffer.from('%PDF-1.4 shift log: B left the room first');
    const put = (who: Awaited<ReturnType<typeof as>>, bytes: Buffer, type = 'application/pdf') =>
      who.put(path).set('content-type', type).send(bytes);
    const deposited = await put(h, pdf).expect(200);
    expect(deposited.body).toMatchObject({
      sha256: createHash('sha256').update(pdf).digest('hex'),
      sizeBytes: pdf.length,
      mediaType: 'application/pdf',
    });
    await put(h, pdf).expect(200);
    expect((await put(h, Buffer.from('other bytes'))).body).toMatchObject({
      status: 409,
      code: 'EVIDENCE_CONTENT_IMMUTABLE',
    });
    expect((await put(await subject('officer-b'), pdf)).status).toBe(403);
    expect((await put(h, Buffer.from('{}'), 'application/json')).status).toBe(415);

    const download = await (
      await as('inv-1', ['investigator'])
    )
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((download.body as Buffer).equals(pdf)).toBe(true);
    expect(download.headers['x-content-sha256']).toBe(deposited.body.sha256);
    expect((await (await as('officer-b', ['wellbeing-staff'])).get(path)).status).toBe(404);

    const item = await h.get(`/cases/${caseId}/evidence/ev-head`).expect(200);
    expect(item.body.item).toMatchObject({ id: 'ev-head', kind: 'document' });
    expect(item.body.custody.map((c: { actor: string; action: string }) => `${c.actor} ${c.action}`)).toEqual(
      ['head-1 deposited', 'head-1 deposited', 'inv-1 accessed'],
    );
  });

  it('audits every change and confidential read in an intact chain', async () => {
    const verify = await (await as('auditor-1', ['auditor'])).get('/audit/verify').expect(200);
    expect(verify.body).toMatchObject({ ok: true });
    const actions = (await db.query('SELECT DISTINCT action FROM cases.audit_log')) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'case.ReportCase',
        'case.read',
        'case.OrderInvestigation',
        'case.AddEvidence',
        'evidence.content.deposit',
        'evidence.content.read',
      ]),
    );
  });
});
