import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Role } from '@qorgau/service-kit';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { at, protectionActFiled, registeredCase } from './support/case-steps';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';

const HERE = 'unit-almaty-3';
/** The seed's case in investigation: officer B has filed a Protection Act, officer A has not. */
const X = 'c0ffee00-0000-4000-8000-00000000e1a1';

/** Issue 11, the officer's screens: "my cases", the Protection Act draft and its files, over HTTP. */
describe("the officer's workspace API", () => {
  let cases: CasesApp;
  let db: DataSource;
  let version: number;

  beforeAll(async () => {
    const created = await migratedDatabase('cases_officer_workspace');
    db = created.dataSource;
    ({ version } = await registeredCase(db, X, HERE, protectionActFiled(), {
      registeredBy: 'officer-a',
      registeredAt: new Date(at('2025-02-04')),
    }));
    cases = await startCases(created.url, {
      OUTBOX_RELAY_ENABLED: 'false',
      SUPPORT_CONSUMER_ENABLED: 'false',
      EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'cases-evidence-')),
    });
  });

  afterAll(async () => {
    await cases?.close();
    await db?.destroy();
  });

  const as = async (personRef: string, roles: Role[], unitId = HERE) =>
    `Bearer ${await tokenFor(personRef, roles, unitId)}`;
  const http = () => request(cases.app.getHttpServer());

  describe('GET /me/cases', () => {
    const mine = async (personRef: string, roles: Role[], unitId = HERE) => {
      const res = await http()
        .get('/me/cases')
        .set('authorization', await as(personRef, roles, unitId));
      expect(res.status).toBe(200);
      return (res.body as { cases: Record<string, unknown>[] }).cases;
    };

    it('lists the case for each person it names, with their part in it', async () => {
      expect(await mine('officer-b', ['officer'])).toEqual([
        {
          caseId: X,
          registeredAt: '2025-02-04T05:00:00.000Z',
          reportedOn: '2025-02-04',
          stage: 'investigation',
          closedOn: null,
          relations: ['party', 'subject'],
          partyRoles: ['subject'],
          version,
        },
      ]);
      expect((await mine('officer-a', ['officer']))[0]).toMatchObject({
        partyRoles: ['applicant', 'subject'],
      });
      expect((await mine('colleague-c', ['officer']))[0]).toMatchObject({
        relations: ['party'],
        partyRoles: ['witness'],
      });
      expect((await mine('inv-1', ['investigator']))[0]).toMatchObject({
        relations: ['assigned-investigator'],
        partyRoles: [],
      });
      expect((await mine('head-1', ['head']))[0]).toMatchObject({ relations: ['unit-head'] });
    });

    it('lists nothing for people the case does not name, an auditor included', async () => {
      expect(await mine('officer-z', ['officer'])).toEqual([]);
      expect(await mine('inv-2', ['investigator'])).toEqual([]);
      expect(await mine('head-9', ['head'], 'unit-other')).toEqual([]);
      expect(await mine('auditor-1', ['auditor'], 'dept-almaty')).toEqual([]);
    });

    it('needs a token', async () => {
      expect((await http().get('/me/cases')).status).toBe(401);
    });
  });

  describe('the Protection Act draft', () => {
    const draftPath = `/cases/${X}/protection-acts/draft`;
    const item = { id: 'obj-1', section: 'objections', materialRef: 'evidence-1', text: 'half-writ' };

    it('autosaves with a revision, refuses a stale save, and keeps each subject’s draft their own', async () => {
      const b = await as('officer-b', ['officer']);
      const empty = await http().get(draftPath).set('authorization', b);
      expect(empty.status).toBe(200);
      expect(empty.headers.etag).toBe('"0"');
      expect(empty.body).toEqual({ revision: 0, items: [], updatedAt: null });

      const noIfMatch = await http()
        .put(draftPath)
        .set('authorization', b)
        .send({ items: [item] });
      expect(noIfMatch.status).toBe(400);
      expect(noIfMatch.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'If-Match' }] });

      // Half-typed items are kept as they are: the draft is not a submission.
      const first = await http()
        .put(draftPath)
        .set('authorization', b)
        .set('if-match', '"0"')
        .send({ items: [{ id: 'obj-1', section: 'objections' }] });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ revision: 1 });
      const second = await http()
        .put(draftPath)
        .set('authorization', b)
        .set('if-match', '"1"')
        .send({ items: [item] });
      expect(second.status).toBe(200);
      expect(second.headers.etag).toBe('"2"');

      // Another tab still holding revision 1 loses, and nothing it sent is kept.
      const stale = await http()
        .put(draftPath)
        .set('authorization', b)
        .set('if-match', '"1"')
        .send({ items: [] });
      expect(stale.status).toBe(412);
      expect(stale.headers['content-type']).toContain('application/problem+json');
      expect(stale.body).toMatchObject({ code: 'PRECONDITION_FAILED', errors: [{ field: 'If-Match' }] });

      const read = await http().get(draftPath).set('authorization', b);
      expect(read.body).toMatchObject({ revision: 2, items: [item] });

      // Officer A, the other subject, has a draft of their own; nobody else reads or writes one.
      const a = await http()
        .get(draftPath)
        .set('authorization', await as('officer-a', ['officer']));
      expect(a.body).toEqual({ revision: 0, items: [], updatedAt: null });
      for (const [who, roles, status] of [
        ['inv-1', ['investigator'], 403],
        ['head-1', ['head'], 403],
        ['colleague-c', ['officer'], 403],
        ['officer-z', ['officer'], 404],
      ] as const) {
        const res = await http()
          .get(draftPath)
          .set('authorization', await as(who, [...roles]));
        expect(res.status).toBe(status);
      }
    });

    it('refuses a body that is not a list of items, naming the field', async () => {
      const res = await http()
        .put(draftPath)
        .set('authorization', await as('officer-a', ['officer']))
        .set('if-match', '"0"')
        .send({ items: [{ id: 'x', section: 'gossip' }] });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'items.0.section' }] });
    });
  });

  describe('Protection Act files', () => {
    const bytes = Buffer.from('%PDF-1.4 a duty roster showing B off duty\n');
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    it('stores the subject’s upload under the hash the server computes, readable by who may read the act', async () => {
      const upload = await http()
        .post(`/cases/${X}/protection-acts/files?name=roster.pdf`)
        .set('authorization', await as('officer-b', ['officer']))
        .set('content-type', 'application/pdf')
        // A hash claimed by the client is not evidence: it is ignored.
        .set('x-content-sha256', '0'.repeat(64))
        .send(bytes);
      expect(upload.status).toBe(201);
      expect(upload.body).toMatchObject({
        name: 'roster.pdf',
        mediaType: 'application/pdf',
        sizeBytes: bytes.length,
        contentHash: `sha256:${sha256}`,
      });
      expect(upload.body.fileId).toMatch(/^[0-9a-f-]{36}$/);

      const path = `/cases/${X}/protection-acts/officer-b/files/sha256:${sha256}`;
      for (const [who, roles] of [
        ['officer-b', ['officer']],
        ['inv-1', ['investigator']],
        ['head-1', ['head']],
      ] as const) {
        const res = await http()
          .get(path)
          .set('authorization', await as(who, [...roles]))
          .buffer(true)
          .parse((r, done) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => done(null, Buffer.concat(chunks)));
          });
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
      }
      // The other subject and the witness read the case but not B's act, so not its files either.
      for (const who of ['officer-a', 'colleague-c']) {
        const res = await http()
          .get(path)
          .set('authorization', await as(who, ['officer']));
        expect(res.status).toBe(403);
      }
      const unknown = await http()
        .get(`/cases/${X}/protection-acts/officer-b/files/sha256:${'0'.repeat(64)}`)
        .set('authorization', await as('officer-b', ['officer']));
      expect(unknown.status).toBe(404);
    });

    it('takes uploads from the subject only, as bytes with a media type', async () => {
      const post = async (who: string, roles: Role[], type: string, body: Buffer | string) =>
        http()
          .post(`/cases/${X}/protection-acts/files?name=a.bin`)
          .set('authorization', await as(who, roles))
          .set('content-type', type)
          .send(body);
      expect((await post('inv-1', ['investigator'], 'application/pdf', bytes)).status).toBe(403);
      expect((await post('colleague-c', ['officer'], 'application/pdf', bytes)).status).toBe(403);
      const json = await post('officer-b', ['officer'], 'application/json', '{"a":1}');
      expect(json.status).toBe(415);
      expect(json.body).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        errors: [{ field: 'Content-Type' }],
      });
      const noName = await http()
        .post(`/cases/${X}/protection-acts/files`)
        .set('authorization', await as('officer-b', ['officer']))
        .set('content-type', 'application/pdf')
        .send(bytes);
      expect(noName.status).toBe(400);
      expect(noName.body).toMatchObject({ errors: [{ field: 'name' }] });
    });
  });

  it('serves the subject every submitted version and its answers in the case view, and only their own act', async () => {
    const res = await http()
      .get(`/cases/${X}`)
      .set('authorization', await as('officer-b', ['officer']));
    expect(res.status).toBe(200);
    const acts = (res.body as { state: { protectionActs: { personRef: string; versions: unknown[] }[] } })
      .state.protectionActs;
    expect(acts.map((a) => [a.personRef, a.versions.length])).toEqual([['officer-b', 1]]);
    const a = await http()
      .get(`/cases/${X}`)
      .set('authorization', await as('officer-a', ['officer']));
    expect(
      (a.body as { state: { protectionActs: { personRef: string }[] } }).state.protectionActs.map(
        (p) => p.personRef,
      ),
    ).toEqual(['officer-a']);
  });
});
