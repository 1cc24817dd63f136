// The admission fast track (Law 380-IV art. 57 p.3): the subject admits in writing, the head imposes a minor penalty
// without an investigation; a penalty that needs an investigation and a commission is refused (art. 57 p.4). Then:
// who sees what, what reached Kafka, who was told, and the support plans and check-in tasks behind the wall.
import { TOPICS } from '@qorgau/contracts';
import { addDays, expectTimelineOnKafka, kazakhstanToday, milestones } from './support/case-events';
import {
  expectCaseHidden,
  expectWallHolds,
  inboxOf,
  myCaseTasks,
  myPlans,
  readCase,
  refusal,
  staffTasks,
  templatesOf,
  type Person,
} from './support/people';
import { SCENARIO_TIMEOUT_MS, useSystem } from './support/system';

const e2e = useSystem('admission');

describe('an admission fast track, end to end', () => {
  let caseId = '';
  let reportedAt = 0;
  const penaltyId = () => `${caseId}/officer-b/v-insults`;

  it(
    'plays the fast track over HTTP: report, explanation demanded, written admission, order, announcement',
    async () => {
      const head = e2e.as('head-1');
      const a = e2e.as('officer-a');
      const b = e2e.as('officer-b');
      const today = kazakhstanToday();
      const report = {
        source: 'report',
        parties: [
          { personRef: 'officer-a', roles: ['applicant'] },
          { personRef: 'officer-b', roles: ['subject'] },
          { personRef: 'colleague-c', roles: ['witness'] },
        ],
        violations: [
          {
            id: 'v-insults',
            description: 'Officer B insulted officer A in front of colleagues during a shift briefing',
            misconductType: 'conflict-between-colleagues',
            gravity: 'ethics',
            committedOn: addDays(today, -1),
            discoveredOn: today,
            subjectRefs: ['officer-b'],
          },
        ],
      };
      expect(await refusal(a.post('cases', '/cases', report, { allowError: true }))).toEqual({
        status: 403,
        code: 'FORBIDDEN',
      });
      reportedAt = Date.now();
      const reported = await head.post<{ caseId: string; stage: string }>('cases', '/cases', report);
      expect(reported.status).toBe(201);
      caseId = reported.body.caseId;
      const c = `/cases/${caseId}`;

      await head.post('cases', `${c}/explanations/request`, {});
      // Only the subject explains for themself; the applicant cannot write B's explanation.
      expect(
        await refusal(
          a.post(
            'cases',
            `${c}/explanations`,
            { personRef: 'officer-b', kind: 'admission', documentRef: 'doc-forged' },
            { allowError: true },
          ),
        ),
      ).toEqual({ status: 403, code: 'FORBIDDEN' });
      await b.post('cases', `${c}/explanations`, {
        personRef: 'officer-b',
        kind: 'admission',
        documentRef: 'explanation-b-signed.pdf',
      });
      expect(await myCaseTasks(head, caseId)).toEqual([
        expect.objectContaining({ role: 'head', command: 'IssueOrder' }),
      ]);

      const findings = [
        {
          personRef: 'officer-a',
          facts: 'established',
          statement: "A's report is confirmed by B's written admission.",
        },
        {
          personRef: 'officer-b',
          facts: 'established',
          statement: 'Admitted in writing to insulting officer A.',
        },
      ];
      // A warning of incomplete compliance needs an investigation and a commission (art. 57 p.4): not on admission.
      const tooSevere = await head.post(
        'cases',
        `${c}/order`,
        {
          basis: 'admission',
          penalties: [
            { personRef: 'officer-b', violationId: 'v-insults', penalty: 'incomplete-compliance-warning' },
          ],
          findings,
        },
        { allowError: true },
      );
      expect(tooSevere.body).toMatchObject({ code: 'INVESTIGATION_REQUIRED' });

      const order = await head.post<{ stage: string; events: string[] }>('cases', `${c}/order`, {
        basis: 'admission',
        penalties: [{ personRef: 'officer-b', violationId: 'v-insults', penalty: 'remark' }],
        findings,
      });
      expect(order.body).toMatchObject({
        stage: 'order-issued',
        events: ['OrderIssued', 'SupportPlansOffered'],
      });
      const announced = await head.post<{ stage: string }>('cases', `${c}/order/announcements`, {
        personRef: 'officer-b',
        outcome: 'signed',
      });
      expect(announced.body.stage).toBe('penalty-active');
    },
    SCENARIO_TIMEOUT_MS,
  );

  it('shows each role its part of the case, and nothing to anyone without a relation to it', async () => {
    const head = await readCase(e2e.as('head-1'), caseId);
    expect(head.stage).toBe('penalty-active');
    expect(head.state.penalties).toEqual([
      expect.objectContaining({
        penaltyId: penaltyId(),
        personRef: 'officer-b',
        penalty: 'remark',
        status: 'active',
      }),
    ]);
    expect(head.state).toMatchObject({
      investigation: null,
      commission: null,
      order: { basis: 'admission' },
    });
    expect(await myCaseTasks(e2e.as('head-1'), caseId)).toEqual([]);

    // The subject: the case, and the right to appeal (optional) as their own task.
    expect((await readCase(e2e.as('officer-b'), caseId)).version).toBe(head.version);
    expect(await myCaseTasks(e2e.as('officer-b'), caseId)).toEqual([
      expect.objectContaining({ role: 'subject', command: 'FileAppeal', optional: true }),
    ]);
    // The applicant and the witness are parties: they read the case, and have nothing to do.
    for (const party of ['officer-a', 'colleague-c'] as Person[]) {
      expect((await readCase(e2e.as(party), caseId)).stage).toBe('penalty-active');
      expect(await myCaseTasks(e2e.as(party), caseId)).toEqual([]);
    }
    // No investigation, no commission, no appeal, and the wall: the case does not exist for them.
    for (const stranger of [
      'inv-1',
      'chair-1',
      'secretary-1',
      'higher-1',
      'psychologist-1',
      'hr-1',
      'admin-1',
    ] as Person[])
      await expectCaseHidden(e2e.as(stranger), caseId);
    expect(
      await refusal(
        e2e.as('inv-1').post(
          'cases',
          `/cases/${caseId}/penalties/${encodeURIComponent(penaltyId())}/early-lifting`,
          {
            reason: 'Exemplary service',
          },
          { allowError: true },
        ),
      ),
    ).toEqual({ status: 404, code: 'CASE_NOT_FOUND' });
    // The auditor reads every case (and every read is audited).
    expect((await readCase(e2e.as('auditor-1'), caseId)).version).toBe(head.version);
  });

  it('publishes the case on Kafka in the order it happened, and a support plan for the applicant and the subject', async () => {
    await expectTimelineOnKafka(e2e.kafka, e2e.as('head-1'), caseId);
    expect(milestones(e2e.kafka, caseId)).toEqual([
      'case.reported',
      'case.explanations-requested',
      'case.explanation-recorded',
      'case.order-issued',
      'case.support-plans-offered',
      'case.order-announced',
    ]);
    const order = e2e.kafka.events(caseId).find((o) => o.envelope.type === 'case.order-issued')!;
    expect(order.envelope.data).toMatchObject({ basis: 'admission', notPenalizedRefs: [] });

    for (const [personRef, role] of [
      ['officer-a', 'applicant'],
      ['officer-b', 'subject'],
    ]) {
      const started = await e2e.kafka.seen(caseId, 'support.plan.started', {
        where: (o) => o.envelope.data.personRef === personRef,
      });
      // Scheduling facts only: no name, no case content, no health data.
      expect(started.envelope.data).toEqual({
        planId: `support-${personRef}-${caseId}`,
        personRef,
        role,
        caseId,
        unitId: 'unit-almaty-3',
      });
      expect(started.key).toBe(`support-${personRef}-${caseId}`);
    }
    // The witness did not ask for support: no plan.
    expect(
      e2e.kafka
        .events(caseId, TOPICS.supportFollowUps)
        .filter((o) => o.envelope.data.personRef === 'colleague-c'),
    ).toEqual([]);
  });

  it('tells each person what concerns them, in their language, and the applicant nothing of the penalty', async () => {
    await e2e
      .as('officer-a')
      .put('notifications', '/preferences/me', { locale: 'en', email: null, channels: ['inbox'] });
    await e2e
      .as('officer-b')
      .put('notifications', '/preferences/me', { locale: 'kk', email: null, channels: ['inbox'] });
    const applicant = await e2e.until('the applicant is told the outcome', async () => {
      const items = await inboxOf(e2e.as('officer-a'), caseId);
      return items.some((i) => i.template === 'case-outcome') ? items : undefined;
    });
    expect(templatesOf(applicant)).toEqual(['case-outcome', 'case-registered']);
    for (const item of applicant) {
      expect(item.title).toContain(caseId);
      expect(item.body).not.toMatch(/remark|замечание|ескерту|\{/);
    }
    expect(applicant.find((i) => i.template === 'case-outcome')!.body).toContain(
      'A support plan will be offered',
    );

    const subject = await inboxOf(e2e.as('officer-b'), caseId);
    expect(templatesOf(subject)).toEqual(
      expect.arrayContaining(['explanation-demanded', 'order-issued-penalty']),
    );
    // Kazakh: "ескерту" is a remark.
    expect(subject.find((i) => i.template === 'order-issued-penalty')!.body).toContain('ескерту');
    expect(await inboxOf(e2e.as('colleague-c'), caseId)).toEqual([]);
    for (const outsider of ['inv-1', 'chair-1', 'psychologist-1'] as Person[])
      expect(await inboxOf(e2e.as(outsider), caseId)).toEqual([]);
  });

  it(
    'offers support plans behind the wall and, on day 7, puts a check-in task before wellbeing staff',
    async () => {
      const a = e2e.as('officer-a');
      const b = e2e.as('officer-b');
      expect(await myPlans(a, caseId)).toEqual([
        expect.objectContaining({
          planId: `support-officer-a-${caseId}`,
          role: 'applicant',
          consentState: 'pending',
        }),
      ]);
      const [plan] = await myPlans(b, caseId);
      expect(plan).toMatchObject({ role: 'subject', status: 'active', consentState: 'pending' });
      // Only the officer decides on their own plan.
      expect(
        (
          await a.post(
            'wellbeing',
            `/me/plans/${plan!.planId}/consent`,
            { decision: 'given' },
            { allowError: true },
          )
        ).status,
      ).toBe(404);
      await b.post('wellbeing', `/me/plans/${plan!.planId}/consent`, { decision: 'given' });
      expect((await myPlans(b, caseId))[0]).toMatchObject({ consentState: 'given' });
      expect(await myPlans(e2e.as('colleague-c'), caseId)).toEqual([]);

      // Day 7 after the decision: a check-in falls due for each plan (case time runs 21,600× here).
      const due = await e2e.kafka.seen(caseId, 'support.check-in.due', {
        where: (o) => o.envelope.data.personRef === 'officer-b',
        timeoutMs: 90_000,
      });
      expect(due.envelope.data).toMatchObject({ checkInNumber: 1, offsetDays: 7 });
      const tasks = await e2e.until(
        'check-in tasks for wellbeing staff',
        async () => {
          const open = await staffTasks(e2e.as('psychologist-1'), caseId);
          return open.length >= 2 ? open : undefined;
        },
        30_000,
      );
      expect(tasks.map((t) => [t.personRef, t.kind, t.checkInNumber, t.status]).sort()).toEqual([
        ['officer-a', 'check-in', 1, 'open'],
        ['officer-b', 'check-in', 1, 'open'],
      ]);
      expect(tasks.find((t) => t.personRef === 'officer-b')!.dueOn).toBe(due.envelope.data.dueAt);
      // Check-ins belong to the psychologist: the HR inspector sees none of them without the officer's consent.
      expect(tasks.map((t) => (t as typeof t & { assignedTo: string | null }).assignedTo)).toEqual([
        'psychologist-1',
        'psychologist-1',
      ]);
      expect(await staffTasks(e2e.as('hr-1'), caseId)).toEqual([]);

      // The psychologist is told (no case id on follow-ups: they are about the person, not the case).
      const told = await e2e.until('the psychologist is told of the check-ins', async () => {
        const items = (await inboxOf(e2e.as('psychologist-1'), null)).filter(
          (i) => i.template === 'check-in-due' && Date.parse(i.createdAt) >= reportedAt,
        );
        return items.length >= 2 ? items : undefined;
      });
      for (const person of ['officer-a', 'officer-b'])
        expect(told.some((i) => i.body.includes(person))).toBe(true);

      // The wall: no disciplinary role reads anything of this.
      for (const person of ['head-1', 'inv-1', 'chair-1', 'higher-1'] as Person[])
        await expectWallHolds(e2e.as(person));
      for (const person of ['head-1', 'officer-a', 'officer-b'] as Person[])
        expect(await inboxOf(e2e.as(person), null)).toEqual(
          expect.not.arrayContaining([expect.objectContaining({ template: 'check-in-due' })]),
        );
    },
    SCENARIO_TIMEOUT_MS,
  );

  it(
    "counts officer-b's answered day-7 check-in as completed: no missed check-in, no escalation for it",
    async () => {
      const b = e2e.as('officer-b');
      const [plan] = await myPlans(b, caseId);
      // The officer answers the due check-in themselves (calm answers; content stays in wellbeing).
      await b.post('wellbeing', '/me/check-ins', {
        planId: plan!.planId,
        answers: {
          isolation: 'never',
          'colleagues-attitude': 'disagree',
          'loyalty-doubt': 'rather-disagree',
          'procedure-trust': 'agree',
          'organizational-support': 'rather-agree',
          strain: 'sometimes',
          burnout: 'never',
        },
        contactRequested: false,
        language: 'ru',
      });
      // officer-a does not answer: after the 7-day grace their check-in is missed (which also shows the grace of
      // officer-b's check-in has run out by then, case time running 21,600× here).
      const missedA = await e2e.kafka.seen(caseId, 'support.check-in.missed', {
        where: (o) => o.envelope.data.personRef === 'officer-a' && o.envelope.data.checkInNumber === 1,
        timeoutMs: 120_000,
      });
      expect(missedA.envelope.data).toMatchObject({ checkInNumber: 1 });
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(
        e2e.kafka
          .events(caseId, TOPICS.supportFollowUps)
          .filter(
            (o) =>
              o.envelope.type === 'support.check-in.missed' &&
              o.envelope.data.personRef === 'officer-b' &&
              o.envelope.data.checkInNumber === 1,
          ),
      ).toEqual([]);
      // Wellbeing escalates officer-a's missed check-in to the unit lead; officer-b's task stays as it was.
      const tasks = await e2e.until(
        "officer-a's check-in escalated",
        async () => {
          const all = await staffTasks(e2e.as('psychologist-1'), caseId);
          return all.some((t) => t.personRef === 'officer-a' && t.escalated) ? all : undefined;
        },
        30_000,
      );
      const ofB = tasks.filter((t) => t.personRef === 'officer-b' && t.kind === 'check-in');
      expect(ofB.map((t) => [t.checkInNumber, t.escalated, t.priority])).toEqual([[1, false, 'normal']]);
      // The wall still holds for the disciplinary side.
      for (const person of ['head-1', 'inv-1', 'chair-1', 'higher-1'] as Person[])
        await expectWallHolds(e2e.as(person));
    },
    SCENARIO_TIMEOUT_MS,
  );
});
