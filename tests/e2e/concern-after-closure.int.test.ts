// A concern raised after closure (the seed's outcome: the reporter is stigmatized by colleagues once the case is
// over). Officer B admits, is reprimanded, appeals; the higher official cancels the penalty and the case closes. Then
// officer A, the applicant, reports stigmatization through the confidential channel linked to the closed case and
// answers a self check-in that calls for urgent contact. The content stays in wellbeing; only "a concern of this
// category was raised on case X" crosses the wall, on Kafka, and only "a concern was raised on case X" reaches
// the ordering head's inbox. Last, colleague C, a witness who had not asked for support during the case, asks for it
// after closure: the closed case's workflow still takes the request and a support plan starts for the witness.
import { TOPICS } from '@qorgau/contracts';
import { addDays, expectTimelineOnKafka, kazakhstanToday, milestones } from './support/case-events';
import {
  expectCaseHidden,
  expectWallHolds,
  inboxOf,
  myCaseTasks,
  myPlans,
  PEOPLE,
  readCase,
  refusal,
  staffTasks,
  templatesOf,
  type Person,
} from './support/people';
import { SCENARIO_TIMEOUT_MS, useSystem } from './support/system';

const e2e = useSystem('concern');

const CONCERN =
  'Since the case colleagues call me an informer, and nobody wants to share a patrol shift with me.';
/** Isolation at the worst level and a contact request: urgent. Option ids of GET /me/questionnaire. */
const STIGMATIZED = {
  isolation: 'almost-always',
  'colleagues-attitude': 'agree',
  'loyalty-doubt': 'rather-agree',
  'procedure-trust': 'rather-disagree',
  'organizational-support': 'disagree',
  strain: 'often',
  burnout: 'sometimes',
};

interface Concern {
  readonly id: string;
  readonly caseId: string;
  readonly category: string;
  readonly content?: string;
}

describe('a concern raised after closure, end to end', () => {
  let caseId = '';
  let penaltyId = '';

  it(
    'closes a case over HTTP: admission, reprimand, appeal, penalty cancelled by the higher official',
    async () => {
      const head = e2e.as('head-1');
      const b = e2e.as('officer-b');
      const today = kazakhstanToday();
      const reported = await head.post<{ caseId: string }>('cases', '/cases', {
        source: 'report',
        parties: [
          { personRef: 'officer-a', roles: ['applicant'] },
          { personRef: 'officer-b', roles: ['subject'] },
          { personRef: 'colleague-c', roles: ['witness'] },
        ],
        violations: [
          {
            id: 'v-insults',
            description: 'Officer B insulted officer A during service',
            misconductType: 'conflict-between-colleagues',
            gravity: 'ethics',
            committedOn: addDays(today, -1),
            discoveredOn: today,
            subjectRefs: ['officer-b'],
          },
        ],
      });
      caseId = reported.body.caseId;
      penaltyId = `${caseId}/officer-b/v-insults`;
      const c = `/cases/${caseId}`;
      await head.post('cases', `${c}/explanations/request`, {});
      await b.post('cases', `${c}/explanations`, {
        personRef: 'officer-b',
        kind: 'admission',
        documentRef: 'doc-b',
      });
      await head.post('cases', `${c}/order`, {
        basis: 'admission',
        penalties: [{ personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' }],
        findings: [
          {
            personRef: 'officer-a',
            facts: 'established',
            statement: 'The report is confirmed by the admission.',
          },
          { personRef: 'officer-b', facts: 'established', statement: 'Admitted insulting officer A.' },
        ],
      });
      await head.post('cases', `${c}/order/announcements`, { personRef: 'officer-b', outcome: 'signed' });
      // Before the appeal the higher official has no relation to the case.
      await expectCaseHidden(e2e.as('higher-1'), caseId);
      await b.post('cases', `${c}/appeals`, { appealId: 'ap-1', penaltyId, to: 'higher-official' });
      expect(await myCaseTasks(e2e.as('higher-1'), caseId)).toEqual([
        expect.objectContaining({ role: 'higher-official', command: 'DecideAppeal' }),
      ]);
      const decided = await e2e
        .as('higher-1')
        .post<{ stage: string; events: string[] }>('cases', `${c}/appeals/ap-1/decision`, {
          outcome: 'cancelled',
          reason: 'A reprimand does not match a first, admitted verbal conflict',
        });
      // A penalty cancelled on appeal starts the same restoration as an exoneration (issue 16).
      expect(decided.body).toMatchObject({
        stage: 'closed',
        events: ['AppealDecided', 'RestorationStarted', 'CaseClosed'],
      });
    },
    SCENARIO_TIMEOUT_MS,
  );

  it('shows the closed case to the parties, the head and the higher official, and to nobody else', async () => {
    const view = await readCase(e2e.as('head-1'), caseId);
    expect(view.stage).toBe('closed');
    expect(view.state.closedOn).not.toBeNull();
    expect(view.state.penalties).toEqual([expect.objectContaining({ penaltyId, status: 'cancelled' })]);
    expect(view.state.appeals).toEqual([
      expect.objectContaining({ appealId: 'ap-1', personRef: 'officer-b', status: 'cancelled' }),
    ]);
    for (const reader of ['officer-a', 'officer-b', 'colleague-c', 'higher-1', 'auditor-1'] as Person[])
      expect((await readCase(e2e.as(reader), caseId)).version).toBe(view.version);
    // Closed: nothing left to do for anyone (the appeal was the last task).
    for (const person of ['head-1', 'officer-b', 'higher-1'] as Person[])
      expect(await myCaseTasks(e2e.as(person), caseId)).toEqual([]);
    for (const stranger of ['inv-1', 'chair-1', 'psychologist-1', 'hr-1'] as Person[])
      await expectCaseHidden(e2e.as(stranger), caseId);
  });

  it(
    'takes the applicant’s concern and urgent check-in after closure, and keeps their content behind the wall',
    async () => {
      const a = e2e.as('officer-a');
      const [plan] = await e2e.until("the applicant's support plan", async () => {
        const plans = await myPlans(a, caseId);
        return plans.length > 0 ? plans : undefined;
      });
      expect(plan).toMatchObject({
        planId: `support-officer-a-${caseId}`,
        role: 'applicant',
        status: 'active',
      });
      await a.post('wellbeing', `/me/plans/${plan!.planId}/consent`, { decision: 'given' });

      // The questionnaire exists in each language; the answers are its option ids.
      const questionnaire = await a.get<{
        language: string;
        items: { id: string; options: { id: string }[] }[];
      }>('wellbeing', '/me/questionnaire?lang=kk');
      expect(questionnaire.body.language).toBe('kk');
      expect(questionnaire.body.items.map((i) => i.id).sort()).toEqual(Object.keys(STIGMATIZED).sort());
      const checkIn = await a.post<{ urgent: boolean }>('wellbeing', '/me/check-ins', {
        planId: plan!.planId,
        answers: STIGMATIZED,
        contactRequested: true,
        language: 'en',
      });
      expect(checkIn.body.urgent).toBe(true);

      const raised = await a.post<Concern>('wellbeing', '/me/concerns', {
        caseId,
        category: 'stigmatization',
        content: CONCERN,
      });
      expect(raised.body).toMatchObject({ caseId, category: 'stigmatization' });
      expect(raised.body).not.toHaveProperty('content');
      // Only someone with a support plan from that case may raise one (the witness has not asked for support).
      const outsider = await e2e
        .as('colleague-c')
        .post(
          'wellbeing',
          '/me/concerns',
          { caseId, category: 'retaliation', content: 'x' },
          { allowError: true },
        );
      expect(outsider.status).toBe(404);

      // The officer sees their own concern; the subject of the case does not see it.
      expect((await a.get<Concern[]>('wellbeing', '/me/concerns')).body).toEqual([
        expect.objectContaining({ id: raised.body.id, caseId, content: CONCERN }),
      ]);
      expect((await e2e.as('officer-b').get<Concern[]>('wellbeing', '/me/concerns')).body).toEqual([]);
      // Wellbeing staff follow it up: the content, and an urgent escalated task from the check-in.
      const staffView = (await e2e.as('psychologist-1').get<Concern[]>('wellbeing', '/concerns')).body;
      expect(staffView.find((x) => x.id === raised.body.id)).toMatchObject({ caseId, content: CONCERN });
      const urgent = (await staffTasks(e2e.as('psychologist-1'), caseId)).filter(
        (t) => t.priority === 'urgent',
      );
      expect(urgent).toEqual([
        expect.objectContaining({
          personRef: 'officer-a',
          kind: 'urgent-self-check-in',
          priority: 'urgent',
          escalated: true,
          status: 'open',
        }),
      ]);
      // The wall: no disciplinary role reads concerns, check-ins or tasks.
      for (const person of ['head-1', 'higher-1', 'inv-1', 'chair-1'] as Person[])
        await expectWallHolds(e2e.as(person));
    },
    SCENARIO_TIMEOUT_MS,
  );

  it('puts only the minimal signal on Kafka: case, category and time, never the content', async () => {
    await expectTimelineOnKafka(e2e.kafka, e2e.as('head-1'), caseId);
    expect(milestones(e2e.kafka, caseId)).toEqual([
      'case.reported',
      'case.explanations-requested',
      'case.explanation-recorded',
      'case.order-issued',
      'case.support-plans-offered',
      'case.order-announced',
      'case.appeal-filed',
      'case.appeal-decided',
      'case.restoration-started',
      'case.closed',
    ]);
    const signal = await e2e.kafka.seen(caseId, 'wellbeing.concern.raised');
    expect(signal.topic).toBe(TOPICS.wellbeingConcerns);
    expect(signal.key).toBe(caseId);
    expect(Object.keys(signal.envelope.data).sort()).toEqual(['caseId', 'category', 'raisedAt']);
    expect(signal.envelope.data).toMatchObject({ caseId, category: 'stigmatization' });
    expect(signal.issues).toEqual([]);
    // Nothing anyone published carries the concern's text, the check-in answers, or the officer's name.
    for (const message of e2e.kafka.all()) {
      expect(message.raw).not.toContain(CONCERN);
      expect(message.raw).not.toContain('almost-always');
    }
    expect(
      e2e.kafka
        .events(caseId, TOPICS.wellbeingConcerns)
        .map((o) => o.raw)
        .join(),
    ).not.toContain('officer-a');
  });

  it('tells the appellant the outcome of the appeal and the applicant the decision', async () => {
    const appellant = await e2e.until('the appellant is told the appeal was decided', async () => {
      const items = await inboxOf(e2e.as('officer-b'), caseId);
      return items.some((i) => i.template === 'appeal-decided') ? items : undefined;
    });
    expect(templatesOf(appellant)).toEqual(
      expect.arrayContaining(['appeal-decided', 'explanation-demanded', 'order-issued-penalty']),
    );
    expect(templatesOf(await inboxOf(e2e.as('officer-a'), caseId))).toEqual([
      'case-outcome',
      'case-registered',
    ]);
    // Nothing of the concern reaches the case's people through the inbox either.
    for (const person of ['head-1', 'higher-1', 'officer-b'] as Person[]) {
      for (const item of await inboxOf(e2e.as(person), caseId)) expect(item.body).not.toContain(CONCERN);
    }
  });

  // DOMAIN.md, the wall: 'Only a minimal signal ("a concern was raised on case X") may reach the ordering head'.
  // notifications-service consumes wellbeing.concerns.v1 and tells the case's head (who issued the order) only
  // the case id: not the category, the text, the check-in or who raised it.
  it('tells the ordering head that a concern was raised on the case, and nothing more', async () => {
    const head = e2e.as('head-1');
    const [signal] = await e2e.until('the head is told of the concern', async () => {
      const items = (await inboxOf(head, caseId)).filter((i) => i.template === 'concern-raised');
      return items.length > 0 ? items : undefined;
    });
    expect(signal).toMatchObject({ template: 'concern-raised', caseId });
    // Once, in each of the head's languages, and nothing of the concern in any of them.
    const titles = {
      kk: `${caseId} ісі бойынша алаңдаушылық білдірілді`,
      ru: `По делу ${caseId} выражена обеспокоенность`,
      en: `A concern was raised on case ${caseId}`,
    };
    const saved = (await head.get('notifications', '/preferences/me')).body;
    try {
      for (const [locale, title] of Object.entries(titles)) {
        await head.put('notifications', '/preferences/me', { locale, email: null, channels: ['inbox'] });
        const items = (await inboxOf(head, caseId)).filter((i) => i.template === 'concern-raised');
        expect(items).toEqual([expect.objectContaining({ id: signal!.id, title })]);
        const text = `${items[0]!.title} ${items[0]!.body}`;
        expect(text).toContain(caseId);
        expect(text).not.toMatch(/[{}]/);
        for (const secret of [CONCERN, 'stigmat', 'стигмат', 'officer-a', 'almost-always'])
          expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
      }
    } finally {
      await head.put('notifications', '/preferences/me', saved);
    }
    // Nobody else: not the parties, the higher official, investigators, the commission or wellbeing staff.
    for (const person of PEOPLE.filter((p) => p !== 'head-1'))
      expect(templatesOf(await inboxOf(e2e.as(person), caseId))).not.toContain('concern-raised');
  });
  // DOMAIN.md, post-case support: witnesses get a support plan on request. The decider allows RequestWitnessSupport
  // on a closed case, and the case's workflow stays open for such requests while the case's support runs.
  it(
    'lets a witness ask for support after the case has closed',
    async () => {
      const witness = e2e.as('colleague-c');
      const path = `/cases/${caseId}/witness-support`;
      expect(await myPlans(witness, caseId)).toEqual([]);
      const before = await readCase(e2e.as('head-1'), caseId);
      const asked = await witness.post<{ stage: string; events: string[]; version: number }>('cases', path, {
        personRef: 'colleague-c',
      });
      expect(asked.body).toMatchObject({
        stage: 'closed',
        events: ['WitnessSupportRequested', 'SupportPlansOffered'],
      });
      const after = await readCase(e2e.as('head-1'), caseId);
      expect(after).toMatchObject({ stage: 'closed', version: before.version + 2 });
      expect(after.state.supportPlanIds).toContain(`support-colleague-c-${caseId}`);
      // Once: asking again is the decider's refusal on the (still reachable) closed case, not a missing case.
      const again = await refusal(
        witness.post('cases', path, { personRef: 'colleague-c' }, { allowError: true }),
      );
      expect(again).toMatchObject({ code: 'INVALID_COMMAND' });
      expect(again.status).not.toBe(404);
      // Nor does the closed case take anything else the decider refuses after closure.
      const absence = await refusal(
        e2e
          .as('head-1')
          .post(
            'cases',
            `/cases/${caseId}/absences`,
            { personRef: 'officer-b', kind: 'sick-leave', from: kazakhstanToday(), to: kazakhstanToday() },
            { allowError: true },
          ),
      );
      expect(absence).toEqual({ status: 409, code: 'COMMAND_NOT_ALLOWED_IN_STAGE' });

      const [plan] = await e2e.until("the witness's support plan", async () => {
        const plans = await myPlans(witness, caseId);
        return plans.length > 0 ? plans : undefined;
      });
      expect(plan).toMatchObject({
        planId: `support-colleague-c-${caseId}`,
        role: 'witness',
        status: 'active',
        consentState: 'pending',
      });
      const offered = await e2e.kafka.seen(caseId, 'case.witness-support-requested');
      expect(offered.envelope.data).toMatchObject({ personRef: 'colleague-c' });
      await e2e.kafka.seen(caseId, 'support.plan.started', {
        where: (o) => o.raw.includes(`support-colleague-c-${caseId}`),
      });
      // With a plan from the case, the witness may now use the confidential channel too; still behind the wall.
      for (const person of ['head-1', 'higher-1'] as Person[]) await expectWallHolds(e2e.as(person));
    },
    SCENARIO_TIMEOUT_MS,
  );
});
