// An exoneration and its restoration path: officer A alleges a slap by officer B with no objective evidence; B denies,
// an investigation is ordered, B files a Protection Act and every item gets a reasoned answer; once the filing window
// has closed (case time) the investigator concludes that nothing is established and the head ends the proceedings
// as not sustained. Restoration starts for B (notice of findings, excluded from risk indicators), and support plans
// for everyone involved, including the witness who asked.
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
  type WellbeingTask,
} from './support/people';
import { SCENARIO_TIMEOUT_MS, useSystem } from './support/system';

const e2e = useSystem('exoneration');

const PROTECTION_ACT = [
  {
    id: 'b-1',
    section: 'questionable-evidence',
    evidenceRef: 'ev-report',
    reason: "The report is A's own word: no recording, no medical examination, no independent witness",
  },
  {
    id: 'b-2',
    section: 'verification-requests',
    action: 'recording',
    target: 'corridor CCTV, 2nd floor',
    text: 'The corridor camera shows that B left the room before A',
  },
];

const FINDINGS = [
  {
    personRef: 'officer-a',
    facts: 'not-established',
    statement: 'Reported a slap; no recording, medical report or independent witness confirms it.',
  },
  {
    personRef: 'officer-b',
    facts: 'not-established',
    statement: 'The slap alleged against B is not established; B is cleared of the allegation.',
  },
];

describe('an exoneration with its restoration path, end to end', () => {
  let caseId = '';

  it(
    'plays the investigation over HTTP up to proceedings ended as not sustained',
    async () => {
      const head = e2e.as('head-1');
      const b = e2e.as('officer-b');
      const inv = e2e.as('inv-1');
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
            id: 'v-assault',
            description: 'Alleged slap in the face during a conflict between colleagues',
            misconductType: 'violence-against-colleague',
            gravity: 'discrediting',
            committedOn: addDays(today, -1),
            discoveredOn: today,
            subjectRefs: ['officer-b'],
          },
        ],
        allegations: [
          {
            id: 'al-slap',
            byRef: 'officer-a',
            againstRef: 'officer-b',
            kind: 'physical-harm',
            description: 'Officer A reports being slapped in the face by officer B',
          },
        ],
        evidence: [
          {
            id: 'ev-report',
            kind: 'party-statement',
            description: "Officer A's report",
            allegationIds: ['al-slap'],
          },
        ],
      });
      caseId = reported.body.caseId;
      const c = `/cases/${caseId}`;
      await head.post('cases', `${c}/explanations/request`, {});
      await b.post('cases', `${c}/explanations`, {
        personRef: 'officer-b',
        kind: 'denial',
        documentRef: 'explanation-b.pdf',
      });
      await head.post('cases', `${c}/investigation`, { investigatorRef: 'inv-1' });
      // The subject's right to file a Protection Act is their own (optional) task.
      expect(await myCaseTasks(b, caseId)).toEqual(
        expect.arrayContaining([expect.objectContaining({ command: 'FileProtectionAct', optional: true })]),
      );
      await b.post('cases', `${c}/protection-acts`, { items: PROTECTION_ACT });
      await e2e.as('colleague-c').post('cases', `${c}/witness-support`, { personRef: 'colleague-c' });

      const conclusion = {
        findings: FINDINGS,
        proposals: [],
        circumstances: [],
        protectionActReferences: { 'officer-b': PROTECTION_ACT.map((item) => item.id) },
      };
      // Competition of the parties: no conclusion while the window is open or an item unanswered.
      const early = await inv.post('cases', `${c}/conclusion`, conclusion, { allowError: true });
      expect(early.body).toMatchObject({ status: 409, code: 'PROTECTION_ACT_WINDOW_OPEN' });
      expect(await myCaseTasks(inv, caseId)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ command: 'AnswerProtectionActItem', itemId: 'b-1' }),
          expect.objectContaining({ command: 'AnswerProtectionActItem', itemId: 'b-2' }),
        ]),
      );
      await inv.post('cases', `${c}/protection-acts/officer-b/items/b-1/answer`, {
        decision: 'granted',
        reason: 'Without objective evidence the report alone cannot establish the slap',
      });
      await inv.post('cases', `${c}/protection-acts/officer-b/items/b-2/answer`, {
        decision: 'verification-performed',
        reason: 'The recording was requested from the duty unit',
        verification: 'The recording shows B leaving the room 40 seconds before A',
      });

      // The window is at least 5 working days of case time (about half a minute here).
      const closed = await e2e.kafka.seen(caseId, 'case.protection-act-window-closed', {
        timeoutMs: 120_000,
      });
      expect(closed.envelope.data).toMatchObject({ personRef: 'officer-b', used: true });
      const submitted = await e2e.until('the conclusion is accepted once the window has closed', async () => {
        const res = await inv.post<{ stage: string }>('cases', `${c}/conclusion`, conclusion, {
          allowError: true,
        });
        if (res.status === 200) return res.body;
        if ((res.body as { code?: string }).code !== 'PROTECTION_ACT_WINDOW_OPEN')
          throw new Error(JSON.stringify(res.body));
        return undefined;
      });
      expect(submitted.stage).toBe('conclusion-submitted');
      await head.post('cases', `${c}/conclusion/approval`, {});
      await inv.post('cases', `${c}/familiarizations`, { personRef: 'officer-b', outcome: 'signed' });
      const ended = await head.post<{ stage: string; events: string[] }>('cases', `${c}/end-proceedings`, {
        reason: 'not-sustained',
        statement: 'The allegation of physical harm against officer B is not sustained.',
      });
      expect(ended.body).toEqual(
        expect.objectContaining({
          stage: 'closed',
          events: ['ProceedingsEnded', 'RestorationStarted', 'SupportPlansOffered'],
        }),
      );
    },
    SCENARIO_TIMEOUT_MS,
  );

  it('shows the cleared officer, the investigator and the head the outcome, and hides the case from others', async () => {
    const view = await readCase(e2e.as('head-1'), caseId);
    expect(view.stage).toBe('closed');
    expect(view.state).toMatchObject({
      endedReason: 'not-sustained',
      penalties: [],
      // The fairness guard: the allegation had no objective evidence, and the decider saw it flagged.
      evidenceBasisFlags: [expect.objectContaining({ allegationId: 'al-slap' })],
    });
    expect(view.state.restorations).toEqual([
      expect.objectContaining({ personRef: 'officer-b', excludedFromRiskIndicators: true }),
    ]);
    // The subject sees the reasoned answer to every item of their Protection Act, and the restoration.
    const b = await readCase(e2e.as('officer-b'), caseId);
    const acts = b.state.protectionActs as {
      personRef: string;
      answers: { itemId: string; decision: string }[];
    }[];
    expect(
      acts.find((act) => act.personRef === 'officer-b')!.answers.map((x) => [x.itemId, x.decision]),
    ).toEqual([
      ['b-1', 'granted'],
      ['b-2', 'verification-performed'],
    ]);
    expect(b.state.restorations).toEqual(view.state.restorations);
    // The assigned investigator reads the case; another investigator, the commission (none sat), the higher
    // official (no appeal), wellbeing and HR staff do not.
    expect((await readCase(e2e.as('inv-1'), caseId)).stage).toBe('closed');
    for (const stranger of ['inv-2', 'chair-1', 'member-1', 'higher-1', 'psychologist-1', 'hr-1'] as Person[])
      await expectCaseHidden(e2e.as(stranger), caseId);
    // Closed: nobody has anything left to do, and nothing more can be decided.
    for (const person of ['head-1', 'inv-1', 'officer-a', 'officer-b'] as Person[])
      expect(await myCaseTasks(e2e.as(person), caseId)).toEqual([]);
    const again = await e2e.as('head-1').post(
      'cases',
      `/cases/${caseId}/order`,
      {
        basis: 'investigation',
        penalties: [{ personRef: 'officer-b', violationId: 'v-assault', penalty: 'remark' }],
      },
      { allowError: true },
    );
    // Refused by the decider: the closed case's workflow stays open only for post-case requests.
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'COMMAND_NOT_ALLOWED_IN_STAGE' });
    expect((await readCase(e2e.as('head-1'), caseId)).version).toBe(view.version);
    expect(
      await refusal(
        e2e
          .as('officer-a')
          .post(
            'cases',
            `/cases/${caseId}/end-proceedings`,
            { reason: 'other', statement: 'x' },
            { allowError: true },
          ),
      ),
    ).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('publishes the investigation, the restoration and the support plans on Kafka, in order', async () => {
    await expectTimelineOnKafka(e2e.kafka, e2e.as('auditor-1'), caseId);
    expect(milestones(e2e.kafka, caseId)).toEqual([
      'case.reported',
      // The slap is alleged with no objective evidence: flagged to the investigator and the commission.
      'case.evidence-basis-flags-changed',
      'case.explanations-requested',
      'case.explanation-recorded',
      'case.investigation-ordered',
      'case.protection-act-filed',
      'case.witness-support-requested',
      'case.protection-act-item-answered',
      'case.protection-act-item-answered',
      'case.conclusion-submitted',
      'case.conclusion-approved',
      'case.familiarization-recorded',
      'case.proceedings-ended',
      'case.restoration-started',
      'case.support-plans-offered',
    ]);
    const restoration = e2e.kafka.events(caseId).find((o) => o.envelope.type === 'case.restoration-started')!;
    expect(restoration.envelope.data).toMatchObject({
      plans: [expect.objectContaining({ personRef: 'officer-b', excludedFromRiskIndicators: true })],
    });
    const conclusion = e2e.kafka.events(caseId).find((o) => o.envelope.type === 'case.conclusion-submitted')!;
    expect(conclusion.envelope.data).toMatchObject({
      proposals: [],
      evidenceBasisFlags: [expect.objectContaining({ allegationId: 'al-slap' })],
    });
    for (const [personRef, role] of [
      ['officer-a', 'applicant'],
      ['officer-b', 'subject'],
      ['colleague-c', 'witness'],
    ]) {
      const started = await e2e.kafka.seen(caseId, 'support.plan.started', {
        where: (o) => o.envelope.data.personRef === personRef,
      });
      expect(started.envelope.data).toMatchObject({ role, planId: `support-${personRef}-${caseId}` });
    }
    expect(
      new Set(e2e.kafka.events(caseId, TOPICS.supportFollowUps).map((o) => o.envelope.data.personRef)),
    ).toEqual(new Set(['officer-a', 'officer-b', 'colleague-c']));
  });

  it('tells the cleared officer, the applicant and the investigator what concerns each of them', async () => {
    const subject = await inboxOf(e2e.as('officer-b'), caseId);
    expect(templatesOf(subject)).toEqual(
      expect.arrayContaining([
        'conclusion-ready',
        'explanation-demanded',
        'proceedings-ended',
        'protection-act-item-answered',
        'protection-act-window-opened',
      ]),
    );
    expect(subject.filter((i) => i.template === 'protection-act-item-answered')).toHaveLength(2);
    // The applicant follows the progress and learns that the proceedings ended, never B's Protection Act.
    const applicant = await e2e.until('the applicant is told the proceedings ended', async () => {
      const items = await inboxOf(e2e.as('officer-a'), caseId);
      return items.some((i) => i.template === 'proceedings-ended') ? items : undefined;
    });
    expect(templatesOf(applicant)).toEqual([
      'case-progress',
      'case-progress',
      'case-registered',
      'proceedings-ended',
    ]);
    for (const item of [...subject, ...applicant]) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.body).toContain(caseId);
      expect(item.body).not.toContain('{');
    }
    expect(templatesOf(await inboxOf(e2e.as('inv-1'), caseId))).toEqual(
      expect.arrayContaining(['investigation-assigned', 'protection-act-filed']),
    );
    // The witness asked for support; the case itself tells them nothing.
    expect(await inboxOf(e2e.as('colleague-c'), caseId)).toEqual([]);
  });

  it('offers a support plan to the applicant, the cleared subject and the witness, behind the wall', async () => {
    for (const [person, role] of [
      ['officer-a', 'applicant'],
      ['officer-b', 'subject'],
      ['colleague-c', 'witness'],
    ] as [Person, string][]) {
      const plans = await e2e.until(`${person}'s support plan`, async () => {
        const mine = await myPlans(e2e.as(person), caseId);
        return mine.length > 0 ? mine : undefined;
      });
      expect(plans).toEqual([expect.objectContaining({ role, status: 'active', consentState: 'pending' })]);
    }
    // No check-in is due yet (day 7), so there is no check-in task yet; and no disciplinary role can look.
    const checkIns = (await staffTasks(e2e.as('psychologist-1'), caseId)).filter(
      (t) => t.kind === 'check-in',
    );
    expect(checkIns).toEqual([]);
    for (const person of ['head-1', 'inv-1'] as Person[]) await expectWallHolds(e2e.as(person));
  });

  // DOMAIN.md, restoration: "... and an HR support follow-up". wellbeing-service consumes case.restoration-started
  // and, once the cleared officer's plan (which carries the unit) is known, opens a task for the unit's HR inspector.
  it('puts the restoration HR follow-up before the unit HR inspector, behind the wall', async () => {
    const restoration = await e2e.kafka.seen(caseId, 'case.restoration-started');
    const [plan] = (restoration.envelope.data as { plans: { personRef: string; hrFollowUpOn: string }[] })
      .plans;
    expect(plan).toMatchObject({ personRef: 'officer-b' });
    type AssignedTask = WellbeingTask & { readonly assignedTo: string | null };
    const mine = async (person: Person) =>
      (await e2e.as(person).get<AssignedTask[]>('wellbeing', '/tasks?mine=true')).body.filter(
        (t) => t.caseId === caseId,
      );
    const tasks = await e2e.until('the HR inspector has the restoration follow-up', async () => {
      const found = await mine('hr-1');
      return found.some((t) => t.kind === 'restoration-follow-up') ? found : undefined;
    });
    const followUps = tasks.filter((t) => t.kind === 'restoration-follow-up');
    const followUp = followUps[0]!;
    expect(followUps).toEqual([
      expect.objectContaining({
        personRef: 'officer-b',
        planId: `support-officer-b-${caseId}`,
        dueOn: plan!.hrFollowUpOn,
        status: 'open',
        priority: 'normal',
        escalated: false,
        assignedTo: 'hr-1',
      }),
    ]);
    // Only the cleared officer: no follow-up for the applicant or the witness; not the psychologist's task.
    const all = await staffTasks(e2e.as('hr-1'), caseId);
    expect(all.filter((t) => t.kind === 'restoration-follow-up').map((t) => t.personRef)).toEqual([
      'officer-b',
    ]);
    expect((await mine('psychologist-1')).filter((t) => t.kind === 'restoration-follow-up')).toEqual([]);
    // The wall: no disciplinary role reaches it.
    for (const person of ['head-1', 'inv-1', 'chair-1', 'higher-1'] as Person[]) {
      await expectWallHolds(e2e.as(person));
      const direct = await e2e.as(person).get('wellbeing', `/tasks/${followUp.id}`, { allowError: true });
      expect(direct.status).toBe(403);
    }
  });
});
