import { seedDirectory } from '../src/seed/seed-data';
import { DEFAULT_PINNED_ENVIRONMENT, DEFAULT_POLICY } from '@qorgau/domain';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLES, type Role } from '@qorgau/service-kit';
import fc from 'fast-check';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { type ZodType } from 'zod';
import {
  AddEvidenceDto,
  AnswerProtectionActItemDto,
  DecideAppealDto,
  DecideProtectionActExtensionDto,
  DeclareInterestDto,
  EmptyDto,
  EndProceedingsDto,
  ExtendInvestigationDto,
  FileAppealDto,
  FileProtectionActDto,
  HandOverToCompetentBodyDto,
  HoldCommissionSessionDto,
  IssueOrderDto,
  OrderInvestigationDto,
  ReasonDto,
  RecordAbsenceDto,
  RecordAllegationDto,
  RecordExplanationDto,
  RecordPolygraphDto,
  RecordActingHeadDto,
  RecordSignatureDto,
  ReplaceInvestigatorDto,
  ReportCaseDto,
  RequestProtectionActExtensionDto,
  RequestWitnessSupportDto,
  ScheduleCommissionSessionDto,
  StartClockPauseDto,
  SubmitConclusionDto,
  SuspendFromDutyDto,
} from '../src/cases/dto/case-commands.dto';
import { personReferences } from '../src/cases/dto/directory-references';
import { TemporalClientProvider } from '../src/platform/temporal-client.provider';
import {
  at,
  conclusionApproved,
  PROPOSALS,
  protectionActFiled,
  registeredCase,
  type Step,
} from './support/case-steps';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';
import { registeredRoutes } from './support/routes';
import { B_PROTECTION_ACT, COMMISSION, FINDINGS, seedReportBody } from './support/seed-case';

const UNIT = 'unit-almaty-3';
const CASE_ID = 'c0ffee00-0000-4000-8000-000000000001';
const PENALTY_ID = `${CASE_ID}/officer-b/v-insults`;
const REFERENCES = { 'officer-b': B_PROTECTION_ACT.map((i) => i.id) };

/**
 * The seed's case recorded up to a pending appeal (the real decider, dated 2025), so that every relation exists:
 * subjects, the assigned investigator, the unit's head, the commission on the agenda, the appeal's higher official.
 */
const FIXTURE: Step[] = [
  ...protectionActFiled(),
  ...B_PROTECTION_ACT.map(
    (item): Step => [
      {
        type: 'AnswerProtectionActItem',
        personRef: 'officer-b',
        itemId: item.id,
        decision: 'granted',
        reason: 'Considered',
        answeredBy: 'inv-1',
      },
      at('2025-02-14'),
    ],
  ),
  ...conclusionApproved(['2025-02-18', '2025-02-19', '2025-02-20'], 'head-1', REFERENCES),
  [{ type: 'ScheduleCommissionSession', members: COMMISSION, sessionOn: '2025-02-24' }, at('2025-02-20')],
  [
    {
      type: 'HoldCommissionSession',
      presentRefs: COMMISSION.map((m) => m.personRef),
      considerations: PROPOSALS.map((p) => ({
        personRef: p.personRef,
        participation: 'in-person' as const,
        votes: COMMISSION.map((m) => ({
          memberRef: m.personRef,
          choice: { kind: 'penalty' as const, penalty: p.penalty },
        })),
      })),
      protectionActReferences: REFERENCES,
    },
    at('2025-02-24'),
  ],
  [
    { type: 'IssueOrder', issuedBy: 'head-1', basis: 'investigation', penalties: [...PROPOSALS] },
    at('2025-02-25'),
  ],
  [{ type: 'RecordOrderAnnouncement', personRef: 'officer-a', outcome: 'signed' }, at('2025-02-25')],
  [{ type: 'RecordOrderAnnouncement', personRef: 'officer-b', outcome: 'signed' }, at('2025-02-25')],
  [{ type: 'FileAppeal', appealId: 'ap-1', penaltyId: PENALTY_ID, to: 'higher-official' }, at('2025-02-26')],
];

/** Who each role is on the fixture case: each related role is related (a subject, the assigned investigator, ...). */
const PERSON: Record<Role, string> = {
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

const COMMISSION_ROLES: Role[] = ['commission-member', 'commission-chair', 'commission-secretary'];
/** The roles with work across cases (an inbox, a task list). */
const INBOX: Role[] = ['officer', 'investigator', 'head', ...COMMISSION_ROLES, 'higher-official'];
/** Everyone related to the case by role and relation, and auditors: they read its content. */
const READERS: Role[] = [
  'officer',
  'investigator',
  'head',
  ...COMMISSION_ROLES,
  'higher-official',
  'auditor',
];

interface Endpoint {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** As Express registered it. */
  readonly route: string;
  /** Who the policy lets through on the fixture case; everyone else gets 403 (reads the case) or 404. */
  readonly allowed: readonly Role[];
  /** A valid body, as the caller `me` would send it (commands naming a person name the caller). */
  readonly body?: (me: string) => object;
  readonly schema?: ZodType;
  /** The status a caller the policy lets through gets when the handler itself refuses the body (no such task). */
  readonly reached?: number;
}

const schemaOf = (dto: { schema: unknown }) => dto.schema as ZodType;
const cmd = (
  route: string,
  allowed: readonly Role[],
  dto: { schema: unknown },
  body: (me: string) => object,
): Endpoint => ({ method: 'POST', route, allowed, body, schema: schemaOf(dto) });

const C = '/cases/:caseId';
const ENDPOINTS: Endpoint[] = [
  cmd('/cases', ['head'], ReportCaseDto, () => seedReportBody('2025-03-01')),
  cmd(`${C}/explanations/request`, ['head'], EmptyDto, () => ({})),
  cmd(`${C}/explanations`, ['head', 'investigator', 'officer'], RecordExplanationDto, (me) => ({
    personRef: me,
    kind: 'admission',
    documentRef: 'doc-1',
  })),
  cmd(`${C}/investigation`, ['head'], OrderInvestigationDto, () => ({ investigatorRef: 'inv-1' })),
  cmd(`${C}/evidence`, ['head', 'investigator'], AddEvidenceDto, () => ({
    id: 'ev-2',
    kind: 'document',
    description: 'Shift log',
  })),
  cmd(`${C}/protection-acts`, ['officer'], FileProtectionActDto, () => ({ items: B_PROTECTION_ACT })),
  cmd(`${C}/protection-acts/extension-requests`, ['officer'], RequestProtectionActExtensionDto, () => ({
    workingDays: 3,
    reason: 'On a business trip',
  })),
  cmd(
    `${C}/protection-acts/:personRef/extension-decision`,
    ['head'],
    DecideProtectionActExtensionDto,
    () => ({
      granted: true,
      reason: 'Justified',
    }),
  ),
  cmd(
    `${C}/protection-acts/:personRef/items/:itemId/answer`,
    ['investigator'],
    AnswerProtectionActItemDto,
    () => ({ decision: 'refused', reason: 'Not relevant' }),
  ),
  cmd(`${C}/conclusion`, ['investigator'], SubmitConclusionDto, () => ({
    findings: FINDINGS,
    proposals: PROPOSALS,
    circumstances: [],
    protectionActReferences: REFERENCES,
  })),
  cmd(`${C}/conclusion/return`, ['head'], ReasonDto, () => ({ reason: 'Rework the findings' })),
  cmd(`${C}/conclusion/approval`, ['head'], EmptyDto, () => ({})),
  cmd(`${C}/conclusion/acting-head`, ['head'], RecordActingHeadDto, () => ({
    actingHeadRef: 'head-2',
    basis: 'Order 7-ls: head-2 acts for head-1',
  })),
  cmd(`${C}/familiarizations`, ['head', 'investigator'], RecordSignatureDto, () => ({
    personRef: 'officer-a',
    outcome: 'signed',
  })),
  cmd(`${C}/commission/session`, ['head'], ScheduleCommissionSessionDto, () => ({
    members: COMMISSION,
    sessionOn: '2025-03-10',
  })),
  cmd(`${C}/commission/session/minutes`, COMMISSION_ROLES, HoldCommissionSessionDto, () => ({
    presentRefs: COMMISSION.map((m) => m.personRef),
    considerations: [{ personRef: 'officer-a', participation: 'video', votes: [] }],
    protectionActReferences: REFERENCES,
  })),
  cmd(`${C}/order`, ['head'], IssueOrderDto, () => ({ basis: 'investigation', penalties: PROPOSALS })),
  cmd(`${C}/end-proceedings`, ['head'], EndProceedingsDto, () => ({ reason: 'other', statement: 'Ended' })),
  cmd(`${C}/order/announcements`, ['head'], RecordSignatureDto, () => ({
    personRef: 'officer-a',
    outcome: 'refused',
  })),
  cmd(`${C}/appeals`, ['officer'], FileAppealDto, () => ({
    appealId: 'ap-2',
    penaltyId: PENALTY_ID,
    to: 'court',
  })),
  cmd(`${C}/appeals/:appealId/decision`, ['higher-official'], DecideAppealDto, () => ({
    outcome: 'upheld',
    reason: 'Lawful',
  })),
  cmd(`${C}/penalties/:penaltyId/early-lifting`, ['head'], ReasonDto, () => ({
    reason: 'Exemplary service',
  })),
  cmd(`${C}/absences`, ['head'], RecordAbsenceDto, () => ({
    personRef: 'officer-a',
    kind: 'sick-leave',
    from: '2025-03-01',
    to: '2025-03-05',
  })),
  cmd(`${C}/suspensions`, ['head'], SuspendFromDutyDto, () => ({
    personRef: 'officer-b',
    until: '2025-03-20',
  })),
  cmd(`${C}/suspensions/announcements`, ['head'], RecordSignatureDto, () => ({
    personRef: 'officer-b',
    outcome: 'signed',
  })),
  cmd(`${C}/decision-environment/migrations`, ['head'], ReasonDto, () => ({
    reason: 'The 2027 calendar decree was published',
  })),
  cmd(`${C}/interests`, ['head', 'investigator', ...COMMISSION_ROLES], DeclareInterestDto, (me) => ({
    participantRef: me,
    partyRef: 'officer-a',
    kind: 'personal-interest',
  })),
  cmd(`${C}/clock-pauses`, ['head'], StartClockPauseDto, () => ({ pauseId: 'p-1', cause: 'expertise' })),
  cmd(`${C}/clock-pauses/:pauseId/end`, ['head'], EmptyDto, () => ({})),
  cmd(`${C}/allegations`, ['head', 'investigator'], RecordAllegationDto, () => ({
    id: 'al-2',
    byRef: 'officer-b',
    againstRef: 'officer-a',
    kind: 'verbal-abuse',
    description: 'Officer B reports insults by officer A',
  })),
  cmd(`${C}/investigation/investigator`, ['head'], ReplaceInvestigatorDto, () => ({
    investigatorRef: 'inv-2',
    reason: 'Inv-1 is on leave',
  })),
  cmd(`${C}/investigation/extensions`, ['head'], ExtendInvestigationDto, () => ({
    days: 10,
    reason: 'The expertise is not back yet',
  })),
  // Consent: a party for themself; the assigned investigator records anyone's.
  cmd(`${C}/polygraph`, ['investigator', 'officer'], RecordPolygraphDto, (me) => ({
    personRef: me,
    consent: true,
  })),
  cmd(`${C}/hand-overs`, ['head'], HandOverToCompetentBodyDto, () => ({
    body: 'Anti-corruption service',
    pauseId: 'p-2',
  })),
  // A party (the witness) asks for themself; the head asks for any witness.
  cmd(`${C}/witness-support`, ['head', 'officer'], RequestWitnessSupportDto, (me) => ({ personRef: me })),
  { method: 'PUT', route: `${C}/evidence/:evidenceId/content`, allowed: ['head', 'investigator'] },
  { method: 'GET', route: C, allowed: READERS },
  { method: 'GET', route: `${C}/timeline`, allowed: READERS },
  { method: 'GET', route: `${C}/deadlines`, allowed: READERS },
  { method: 'GET', route: `${C}/tasks`, allowed: READERS },
  { method: 'GET', route: `${C}/clock`, allowed: READERS },
  // The commission's session sheet: its members, the unit's head, the auditor (other readers: 403).
  { method: 'GET', route: `${C}/commission`, allowed: ['head', ...COMMISSION_ROLES, 'auditor'] },
  { method: 'GET', route: `${C}/evidence/:evidenceId`, allowed: READERS },
  { method: 'GET', route: `${C}/evidence/:evidenceId/content`, allowed: READERS },
  { method: 'GET', route: '/audit/verify', allowed: ['auditor', 'admin'] },
  {
    method: 'GET',
    route: '/inbox/tasks',
    allowed: ['officer', 'investigator', 'head', ...COMMISSION_ROLES, 'higher-official'],
  },
  { method: 'GET', route: '/inbox/agenda', allowed: COMMISSION_ROLES },
  // The task list across cases and claims of group tasks (issue 12): whoever has an inbox. The fixture has no
  // group task of theirs: a claim passes the guard and is answered 404 TASK_NOT_FOUND by the handler.
  { method: 'GET', route: '/tasks', allowed: INBOX },
  ...(['/tasks/claims', '/tasks/claims/release'] as const).map(
    (route): Endpoint => ({
      method: 'POST',
      route,
      allowed: INBOX,
      body: () => ({ caseId: PARAMS.caseId!, taskId: 'RequestExplanations||||' }),
      reached: 404,
    }),
  ),
  // The officer's workspace (issue 11): everyone has a list of their own cases (possibly empty); the draft and
  // uploads are the subject's; a file of the act is read by whoever reads that act (the subject, the deciders).
  { method: 'GET', route: '/me/cases', allowed: [...ROLES] },
  { method: 'GET', route: `${C}/protection-acts/draft`, allowed: ['officer'] },
  { method: 'PUT', route: `${C}/protection-acts/draft`, allowed: ['officer'] },
  { method: 'POST', route: `${C}/protection-acts/files`, allowed: ['officer'] },
  { method: 'GET', route: `${C}/protection-acts/:personRef/files/:contentHash`, allowed: READERS },
  // Wellbeing's directory look-up (a unit's roster, nothing about cases): support staff only.
  { method: 'GET', route: '/support/directory/units/:unitId', allowed: ['wellbeing-staff', 'hr-inspector'] },
  // The directory's administration (issue 12): administrators only; the bodies restate the seed (no change).
  // Heads read the unit tree and the commission compositions of their own unit (and those under it).
  { method: 'GET', route: '/directory/units', allowed: ['admin', 'head'] },
  {
    method: 'PUT',
    route: '/directory/units/:unitId',
    allowed: ['admin'],
    body: () => ({ name: 'Almaty, 3rd district police unit', parentUnitId: 'dept-almaty' }),
  },
  { method: 'GET', route: '/directory/officers', allowed: ['admin'] },
  { method: 'GET', route: '/directory/officers/:personRef', allowed: ['admin'] },
  {
    method: 'PUT',
    route: '/directory/officers/:personRef',
    allowed: ['admin'],
    body: () => ({ fullName: 'Officer B (subject)', unitId: UNIT, roles: ['officer'] }),
  },
  { method: 'GET', route: '/directory/units/:unitId/commission', allowed: ['admin', 'head'] },
  {
    method: 'PUT',
    route: '/directory/units/:unitId/commission/:effectiveFrom',
    allowed: ['admin'],
    body: () => ({ members: COMMISSION }),
  },
  { method: 'POST', route: '/directory/imports/dry-run', allowed: ['admin'] },
  { method: 'POST', route: '/directory/imports', allowed: ['admin'] },
];
/** Probes and the scrape endpoint: no case behind them, no token needed. */
const INFRASTRUCTURE = ['/health/live', '/health/ready', '/metrics'];

const PARAMS: Record<string, string> = {
  caseId: CASE_ID,
  personRef: 'officer-b',
  itemId: 'b-1',
  appealId: 'ap-1',
  penaltyId: encodeURIComponent(PENALTY_ID),
  pauseId: 'p-1',
  unitId: UNIT,
  effectiveFrom: '2000-01-01',
  evidenceId: 'ev-report',
  contentHash: `sha256:${createHash('sha256').update(Buffer.from('%PDF-1.4 the report')).digest('hex')}`,
};
const pathOf = (route: string) => route.replace(/:(\w+)/g, (_, name: string) => PARAMS[name]!);
const key = () => `sf-${randomBytes(8).toString('hex')}`;
const CONTENT = Buffer.from('%PDF-1.4 the report');

/** The workflow's side is the lifecycle test's; here Temporal answers every command the policy lets through. */
const temporalStub = {
  readiness: () => ({ name: 'temporal', check: async () => undefined }),
  started: 0,
  async startWithReport() {
    this.started += 1;
    return { version: 1, stage: 'reported', events: ['CaseReported'] };
  },
  execute: async () => ({ version: 1, stage: 'penalty-active', events: [] }),
  environment: DEFAULT_PINNED_ENVIRONMENT,
  migrateEnvironment: async () => ({ version: 1, stage: 'penalty-active', events: [] }),
  // The clock query answers with a case clock's view; deadlines and tasks (cut per reader, art. 42) with none open.
  query: async (_caseId: string, query: { name: string }) =>
    query.name === 'deadlines'
      ? []
      : query.name === 'environment'
        ? { version: null, calendarVersion: null, policy: DEFAULT_POLICY }
        : query.name === 'tasks'
          ? {}
          : { origin: '2026-11-23T00:00:00.000Z', scale: 1, asOf: '2026-11-23T00:00:00.000Z' },
  onApplicationShutdown: async () => undefined,
};

/** Issue 5: every endpoint × every role (deny unless allowed), and malformed bodies on every command endpoint. */
describe('the API surface', () => {
  let cases: CasesApp;
  let db: DataSource;

  beforeAll(async () => {
    const created = await migratedDatabase('cases_surface');
    db = created.dataSource;
    await seedDirectory(db);
    await registeredCase(db, CASE_ID, UNIT, FIXTURE);
    cases = await startCases(
      created.url,
      { OUTBOX_RELAY_ENABLED: 'false', EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'cases-evidence-')) },
      [{ provide: TemporalClientProvider, useValue: temporalStub }],
    );
    await send(
      'PUT',
      pathOf(`${C}/evidence/:evidenceId/content`),
      await tokenFor('head-1', ['head'], UNIT),
    ).expect(200);
    await send(
      'POST',
      pathOf(`${C}/protection-acts/files`),
      await tokenFor('officer-b', ['officer'], UNIT),
    ).expect(201);
  });

  afterAll(async () => {
    await cases?.close();
    await db?.destroy();
  });

  function send(method: Endpoint['method'], path: string, token: string, body?: object | string) {
    const http = request(cases.app.getHttpServer());
    const auth = `Bearer ${token}`;
    if (method === 'GET') return http.get(path).set('authorization', auth);
    if (method === 'PUT' && path.endsWith('/protection-acts/draft'))
      return http.put(path).set('authorization', auth).set('if-match', '"0"').send({ items: [] });
    if (method === 'POST' && path.endsWith('/protection-acts/files'))
      return http
        .post(`${path}?name=report.pdf`)
        .set('authorization', auth)
        .set('content-type', 'application/pdf')
        .send(CONTENT);
    if (method === 'PUT' && typeof body === 'object')
      return http.put(path).set('authorization', auth).send(body);
    if (method === 'PUT')
      return http.put(path).set('authorization', auth).set('content-type', 'application/pdf').send(CONTENT);
    const req = http.post(path).set('authorization', auth).set('idempotency-key', key());
    return typeof body === 'string'
      ? req.set('content-type', 'application/json').send(body)
      : req.send(body ?? {});
  }

  it('lists every registered route in the matrix', () => {
    const routes = registeredRoutes(cases.app).map((r) => `${r.method} ${r.path}`);
    const known = [
      ...ENDPOINTS.map((e) => `${e.method} ${e.route}`),
      ...INFRASTRUCTURE.map((p) => `GET ${p}`),
    ];
    expect([...routes].sort()).toEqual([...known].sort());
  });

  it('denies every endpoint to every role unless the policy allows it (403 when the case is readable, else 404)', async () => {
    const rows: string[] = [];
    for (const role of ROLES) {
      const token = await tokenFor(PERSON[role], [role], UNIT);
      for (const e of ENDPOINTS) {
        const res = await send(e.method, pathOf(e.route), token, e.body?.(PERSON[role]));
        const caseRoute = e.route.startsWith(C);
        const expected = e.allowed.includes(role)
          ? 'allowed'
          : caseRoute && !READERS.includes(role)
            ? 404
            : 403;
        const actual = res.status < 300 || res.status === e.reached ? 'allowed' : res.status;
        rows.push(`${role} ${e.method} ${e.route}: ${actual}`);
        expect(`${role} ${e.method} ${e.route}: ${actual}`).toBe(
          `${role} ${e.method} ${e.route}: ${expected}`,
        );
        if (res.status >= 400) expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    }
    expect(rows).toHaveLength(ROLES.length * ENDPOINTS.length);
    // Related role without the relation: another investigator, another unit's head, a stranger officer.
    for (const [ref, roles, unit] of [
      ['inv-2', ['investigator'], UNIT],
      ['head-9', ['head'], 'unit-other'],
      ['officer-z', ['officer'], UNIT],
      ['member-9', ['commission-member'], UNIT],
    ] as const) {
      const token = await tokenFor(ref, [...roles], unit);
      for (const e of ENDPOINTS.filter((x) => x.route.startsWith(C))) {
        const res = await send(e.method, pathOf(e.route), token, e.body?.(ref));
        expect(`${ref} ${e.method} ${e.route}: ${res.status}`).toBe(`${ref} ${e.method} ${e.route}: 404`);
      }
    }
    // Without a token: 401 everywhere but the probes.
    for (const e of ENDPOINTS) {
      const res = await request(cases.app.getHttpServer())[
        e.method === 'GET' ? 'get' : e.method === 'PUT' ? 'put' : 'post'
      ](pathOf(e.route));
      expect(`${e.method} ${e.route}: ${res.status}`).toBe(`${e.method} ${e.route}: 401`);
    }
  });

  const counts = async () =>
    (await db.query(
      `SELECT (SELECT count(*) FROM cases.case_event)::int AS events,
              (SELECT count(*) FROM cases.outbox)::int AS outbox,
              (SELECT count(*) FROM cases.audit_log)::int AS audit,
              (SELECT count(*) FROM cases.idempotent_request)::int AS idempotency,
              (SELECT count(*) FROM cases.case_registration)::int AS registrations,
              (SELECT count(*) FROM cases.evidence_custody)::int AS custody,
              (SELECT max(version) FROM cases.case)::int AS version`,
    )) as object[];

  /** Values no field accepts: wrong types, null, arrays, objects, a string longer than any limit. */
  const junk = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant([]),
    fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
    fc.string({ maxLength: 8 }),
    fc.constant('x'.repeat(20_001)),
  );
  /** A valid body with one property (top level or one level down) replaced by junk or dropped. */
  const mutated = (valid: Record<string, unknown>) => {
    const keys = Object.keys(valid);
    const extra = fc
      .record({ k: fc.string({ minLength: 1, maxLength: 12 }), v: junk })
      .map(({ k, v }) => ({ ...valid, [k]: v }));
    if (keys.length === 0) return extra;
    return fc.oneof(
      fc.record({ k: fc.constantFrom(...keys), v: junk }).map(({ k, v }) => ({ ...valid, [k]: v })),
      fc.constantFrom(...keys).map((k) => {
        const { [k]: _dropped, ...rest } = valid;
        return rest;
      }),
      fc.record({ k: fc.constantFrom(...keys), v: junk }).map(({ k, v }) => {
        const inner = valid[k];
        if (Array.isArray(inner) && inner.length > 0 && typeof inner[0] === 'object')
          return {
            ...valid,
            [k]: [{ ...(inner[0] as object), [Object.keys(inner[0] as object)[0]!]: v }, ...inner.slice(1)],
          };
        return { ...valid, [k]: v };
      }),
      extra,
    );
  };
  /** Not an object at all: the body as a whole is the wrong type. */
  const notAnObject = fc.constantFrom('null', '[]', '[{}]', '"report"', '42', 'true', '{"unterminated": ');

  it('answers malformed bodies on every command endpoint with a 4xx problem naming the field, changing nothing', async () => {
    const before = await counts();
    const token = await tokenFor('head-1', ['head'], UNIT);
    const commands = ENDPOINTS.filter((e) => e.method === 'POST' && e.schema);
    expect(commands.length).toBeGreaterThanOrEqual(32);
    for (const e of commands) {
      const valid = e.body!('head-1') as Record<string, unknown>;
      expect(e.schema!.safeParse(valid).success).toBe(true);
      const invalid = mutated(valid).filter((b) => !e.schema!.safeParse(b).success);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 4, arbitrary: invalid }, { weight: 1, arbitrary: notAnObject }),
          async (body) => {
            const res = await send('POST', pathOf(e.route), token, body);
            const where = `${e.route} ${JSON.stringify(body).slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
            expect({ where, ok: res.status >= 400 && res.status < 500 }).toEqual({ where, ok: true });
            expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
            expect(res.body).toMatchObject({ status: res.status, code: expect.any(String) });
            if (typeof body === 'object' && res.status === 400) {
              // The fields the schema itself refuses, and the problem names them.
              const expected = e
                .schema!.safeParse(body)
                .error!.issues.map((i) => i.path.map(String).join('.'));
              const named = (res.body.errors as { field: string }[]).map((x) => x.field);
              expect({ where, named }).toEqual({ where, named: expect.arrayContaining(expected) });
              expect({ where, someField: named.some((f) => f !== '') }).toEqual({ where, someField: true });
            }
          },
        ),
        { numRuns: 15 },
      );
    }
    expect(await counts()).toEqual(before);
  });

  // ---- classes of bad input, generated (issue 16): out-of-range days, identifiers that are not identifiers,
  // people the directory does not know, tokens issued in the future ----

  /** Every string leaf of a body with its path (`members.0.personRef`). */
  const leaves = (value: unknown, path: string[] = []): { path: string[]; value: string }[] =>
    typeof value === 'string'
      ? [{ path, value }]
      : Array.isArray(value)
        ? value.flatMap((v, i) => leaves(v, [...path, String(i)]))
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
          : [];
  const replaced = (body: unknown, path: readonly string[], value: unknown): unknown => {
    if (path.length === 0) return value;
    const [head, ...rest] = path as [string, ...string[]];
    if (Array.isArray(body)) return body.map((v, i) => (String(i) === head ? replaced(v, rest, value) : v));
    return { ...(body as object), [head]: replaced((body as Record<string, unknown>)[head], rest, value) };
  };
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  /** A real calendar day shape, outside 2000-2099: year 0000, the 1900s, the far future. */
  const outOfRangeDay = fc
    .record({
      year: fc.oneof(fc.integer({ min: 0, max: 1999 }), fc.integer({ min: 2100, max: 9999 })),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
  /** Not an identifier: SQL text, bidi marks, zero-width characters, emoji, spaces, too long. */
  const notAnIdentifier = fc.oneof(
    fc.constantFrom("x'; DROP TABLE cases.officer; --", "officer-a' OR '1'='1", 'officer a'),
    fc
      .tuple(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        fc.constantFrom('\u200F', '\u202E', '\u2066', '\u200B', '\u061C', '😀', '🚓', ' ', '\t', '\n'),
      )
      .map(([id, bad]) => `${id}${bad}`),
    fc.constant('a'.repeat(101)),
  );
  /** A well-formed identifier that names nobody in the directory. */
  const ghost = fc.stringMatching(/^[a-z][a-z0-9]{3,12}$/).map((s) => `ghost-${s}`);

  it('refuses generated classes of bad input (days out of range, non-identifiers, unknown people) with a 4xx naming the field, changing nothing', async () => {
    const before = await counts();
    const commands = ENDPOINTS.filter((e) => e.method === 'POST');
    let dates = 0;
    let people = 0;
    for (const e of commands) {
      if (!e.body) continue; // a route without a JSON body (uploads)
      // As someone the policy lets through, so that only the body can be wrong.
      const role = e.allowed[0]!;
      const token = await tokenFor(PERSON[role], [role], UNIT);
      const valid = e.body(PERSON[role]) as Record<string, unknown>;
      const strings = leaves(valid);
      const dayFields = strings.filter((l) => /^\d{4}-\d{2}-\d{2}$/.test(l.value));
      // Keys of protectionActReferences name people too, but renaming a key is another mutation; values here.
      const personFields = personReferences(valid)
        .filter((r) => !r.field.startsWith('protectionActReferences.'))
        .map((r) => r.field.split('.'));
      dates += dayFields.length;
      people += personFields.length;
      const cases: fc.Arbitrary<{ body: unknown; field: string; status: number }>[] = [];
      if (dayFields.length > 0)
        cases.push(
          fc.record({ at: fc.constantFrom(...dayFields), day: outOfRangeDay }).map(({ at, day }) => ({
            body: replaced(valid, at.path, day),
            field: at.path.join('.'),
            status: 400,
          })),
        );
      if (personFields.length > 0) {
        cases.push(
          fc.record({ at: fc.constantFrom(...personFields), bad: notAnIdentifier }).map(({ at, bad }) => ({
            body: replaced(valid, at, bad),
            field: at.join('.'),
            status: 400,
          })),
          fc.record({ at: fc.constantFrom(...personFields), who: ghost }).map(({ at, who }) => ({
            body: replaced(valid, at, who),
            field: at.join('.'),
            status: 422,
          })),
        );
      }
      if (cases.length === 0) continue;
      await fc.assert(
        fc.asyncProperty(fc.oneof(...cases), async ({ body, field, status }) => {
          const res = await send('POST', pathOf(e.route), token, body as object);
          const named = ((res.body.errors ?? []) as { field: string }[]).map((x) => x.field);
          const where = `${e.route} ${JSON.stringify(body).slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
          expect({ where, status: res.status, names: named.includes(field) }).toEqual({
            where,
            status,
            names: true,
          });
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        }),
        { numRuns: 10 },
      );
    }
    expect(dates).toBeGreaterThanOrEqual(4);
    expect(people).toBeGreaterThanOrEqual(20);
    expect(await counts()).toEqual(before);
  });

  it('refuses tokens issued in the future on every endpoint (401), whatever their lifetime', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ENDPOINTS),
        fc.integer({ min: 120, max: 5 * 365 * 86_400 }),
        async (e, aheadSeconds) => {
          const token = await tokenFor('head-1', ['head'], UNIT, new Date(Date.now() + aheadSeconds * 1000));
          const res = await send(e.method, pathOf(e.route), token, e.body?.('head-1'));
          expect(`${e.method} ${e.route} +${aheadSeconds}s: ${res.status}`).toBe(
            `${e.method} ${e.route} +${aheadSeconds}s: 401`,
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('starts no workflow for a report the decider refuses: its problem, and nothing written', async () => {
    const before = await counts();
    const startedBefore = temporalStub.started;
    const token = await tokenFor('head-1', ['head'], UNIT);
    // Committed after it was discovered: no clock makes that valid, so no workflow may get it.
    const report = seedReportBody('2025-03-01');
    const inverted = {
      ...report,
      violations: report.violations.map((v) => ({ ...v, committedOn: '2025-03-09' })),
    };
    const res = await send('POST', '/cases', token, inverted);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(temporalStub.started).toBe(startedBefore);
    expect(await counts()).toEqual(before);
  });
});
