import fc from 'fast-check';
import type { CaseEvent } from '../lifecycle/events';
import { initialCaseState, type CaseState } from '../lifecycle/state';
import { investigating, MEMBERS, FINDINGS, penalty, unanimous } from '../test-support/case-builder';
import { step, type Run } from '../test-support/fixtures';
import { caseEventViewFor, caseTimelineFor } from './case-event-view';
import {
  accessTo,
  CASE_VIEW_RULES,
  caseViewFor,
  withheldFields,
  type CaseViewer,
  type CaseViewerRelation,
} from './case-view';

/**
 * The standard case (a = applicant and subject, b = subject, w = witness) played to the end: b files a Protection
 * Act, w gives a statement, b is suspended and on leave, the commission recommends, the order penalizes a and b,
 * b appeals to the higher official, w asks for support.
 */
function decidedCase(): Run {
  let run = investigating();
  run = step(
    run,
    {
      type: 'AddEvidence',
      item: {
        id: 'ev-w',
        kind: 'witness-statement',
        description: 'W heard it',
        allegationIds: [],
        witnessRef: 'w',
      },
    },
    '2025-04-03',
  );
  run = step(
    run,
    {
      type: 'AddEvidence',
      item: { id: 'ev-doc', kind: 'document', description: 'Shift log', allegationIds: [] },
    },
    '2025-04-03',
  );
  run = step(
    run,
    {
      type: 'RecordAllegation',
      allegation: {
        id: 'al-1',
        byRef: 'a',
        againstRef: 'b',
        kind: 'verbal-abuse',
        description: 'B insulted A',
      },
    },
    '2025-04-03',
  );
  run = step(
    run,
    {
      type: 'FileProtectionAct',
      personRef: 'b',
      items: [{ id: 'b-1', section: 'objections', materialRef: 'ev-w', text: 'W was not there' }],
    },
    '2025-04-04',
  );
  run = step(
    run,
    {
      type: 'AnswerProtectionActItem',
      personRef: 'b',
      itemId: 'b-1',
      decision: 'refused',
      reason: 'W was on shift',
      answeredBy: 'inv',
    },
    '2025-04-07',
  );
  run = step(run, { type: 'RecordPolygraph', personRef: 'b', consent: true }, '2025-04-07');
  run = step(run, { type: 'SuspendFromDuty', personRef: 'b', until: '2025-04-30' }, '2025-04-07');
  run = step(
    run,
    {
      type: 'RecordAbsence',
      // Before the window opened, so it does not move the window (window-gaps.test.ts covers that).
      absence: { personRef: 'b', kind: 'medical-treatment', from: '2025-04-01', to: '2025-04-02' },
    },
    '2025-04-08',
  );
  run = step(
    run,
    {
      type: 'DeclareInterest',
      interest: { participantRef: 'observer', partyRef: 'a', kind: 'other', note: 'same course' } as never,
    },
    '2025-04-08',
  );
  run = step(
    run,
    {
      type: 'SubmitConclusion',
      findings: FINDINGS,
      proposals: [penalty('a', 'remark'), penalty('b', 'reprimand')],
      circumstances: [
        { personRef: 'a', mitigating: ['first-offence-with-admission'], aggravating: [] } as never,
      ],
      protectionActReferences: { b: ['b-1'] },
    },
    '2025-04-11',
  );
  run = step(run, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14');
  run = step(run, { type: 'RecordFamiliarization', personRef: 'a', outcome: 'signed' }, '2025-04-15');
  run = step(run, { type: 'RecordFamiliarization', personRef: 'b', outcome: 'refused' }, '2025-04-15');
  run = step(
    run,
    { type: 'ScheduleCommissionSession', members: MEMBERS, sessionOn: '2025-04-17' },
    '2025-04-15',
  );
  run = step(
    run,
    {
      type: 'HoldCommissionSession',
      presentRefs: ['m1', 'm2', 'm3', 'm4', 'm5'],
      considerations: [
        {
          personRef: 'a',
          participation: 'in-person',
          votes: unanimous({ kind: 'penalty', penalty: 'remark' }),
        },
        {
          personRef: 'b',
          participation: 'video',
          votes: unanimous({ kind: 'penalty', penalty: 'reprimand' }),
        },
      ],
      protectionActReferences: { b: ['b-1'] },
    },
    '2025-04-17',
  );
  run = step(
    run,
    {
      type: 'IssueOrder',
      issuedBy: 'head',
      basis: 'investigation',
      penalties: [penalty('a', 'remark'), penalty('b', 'reprimand')],
    },
    '2025-04-18',
  );
  run = step(run, { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' }, '2025-04-21');
  run = step(run, { type: 'RecordOrderAnnouncement', personRef: 'b', outcome: 'signed' }, '2025-04-21');
  run = step(
    run,
    { type: 'FileAppeal', appealId: 'ap-b', penaltyId: 'case-1/b/v1', to: 'higher-official' },
    '2025-04-22',
  );
  run = step(
    run,
    { type: 'DecideAppeal', appealId: 'ap-b', outcome: 'upheld', reason: 'proportionate' },
    '2025-04-25',
  );
  run = step(run, { type: 'RequestWitnessSupport', personRef: 'w' }, '2025-04-25');
  return run;
}

const as = (personRef: string, ...relations: CaseViewerRelation[]): CaseViewer => ({ personRef, relations });
const refs = (items: readonly { personRef: string }[] | undefined) => (items ?? []).map((i) => i.personRef);

describe('caseViewFor: what each relation sees of the case (art. 42)', () => {
  const { state, events } = decidedCase();

  it('the ordering head and the auditor see the whole projection', () => {
    expect(caseViewFor(state, as('head', 'unit-head'))).toEqual(state);
    expect(caseViewFor(state, as('aud', 'auditor'))).toEqual(state);
    expect(withheldFields(as('aud', 'auditor'))).toEqual([]);
    expect(withheldFields(as('head', 'unit-head'))).toEqual([]);
  });

  it('a subject sees their own file fully, and not another subject’s explanations, act or penalty', () => {
    const b = caseViewFor(state, as('b', 'party', 'subject'));
    expect(refs(b.explanations)).toEqual(['b']);
    expect(refs(b.protectionActs)).toEqual(['b']);
    expect(b.protectionActs![0]!.answers).toEqual([
      expect.objectContaining({ itemId: 'b-1', decision: 'refused' }),
    ]);
    expect(refs(b.penalties)).toEqual(['b']);
    expect(refs(b.appeals)).toEqual(['b']);
    expect(refs(b.suspensions)).toEqual(['b']);
    expect(refs(b.absences)).toEqual(['b']);
    expect(refs(b.polygraphs)).toEqual(['b']);
    expect(b.conclusion).toMatchObject({
      findings: [expect.objectContaining({ personRef: 'b' })],
      proposals: [expect.objectContaining({ personRef: 'b', penalty: 'reprimand' })],
      circumstances: [],
      protectionActReferences: { b: ['b-1'] },
      familiarizations: [expect.objectContaining({ personRef: 'b' })],
      symmetricSanctionJustification: null,
    });
    expect(refs(b.commission!.recommendations)).toEqual(['b']);
    expect(b.commission!.members).toEqual(MEMBERS);
    expect(b.order!.findings.map((f) => f.personRef)).toEqual(['b']);
    // Every material, to object to it (art. 58 p.7); the allegation against them.
    expect(b.evidence!.map((e) => e.id)).toEqual(['ev-w', 'ev-doc']);
    expect(b.allegations!.map((a) => a.id)).toEqual(['al-1']);
    expect(b.witnessSupportRequests).toEqual([]);
    expect(b.supportPlanIds).toEqual(['support-b-case-1']);
  });

  it('an applicant who is also a subject sees their own file and their own circumstances', () => {
    const a = caseViewFor(state, as('a', 'party', 'subject'));
    expect(refs(a.penalties)).toEqual(['a']);
    expect(refs(a.protectionActs)).toEqual(['a']);
    expect(refs(a.conclusion!.circumstances)).toEqual(['a']);
    expect(a.conclusion!.protectionActReferences).toEqual({});
    expect(a.interests).toEqual([expect.objectContaining({ partyRef: 'a' })]);
  });

  it('a witness sees the stage, dates, their own statement and request, and no one’s penalty or defence', () => {
    const w = caseViewFor(state, as('w', 'party'));
    expect(w).toMatchObject({
      stage: state.stage,
      investigation: state.investigation,
      reportedOn: state.reportedOn,
    });
    expect(w.evidence!.map((e) => e.id)).toEqual(['ev-w']);
    expect(w.penalties).toEqual([]);
    expect(w.appeals).toEqual([]);
    expect(w.explanations).toEqual([]);
    expect(w.allegations).toEqual([]);
    expect(w.witnessSupportRequests).toEqual(['w']);
    for (const field of [
      'protectionActs',
      'conclusion',
      'evidenceBasisFlags',
      'explanationDueOn',
      'pauses',
      'handedOverTo',
    ] as const)
      expect(w).not.toHaveProperty(field);
    expect(w.commission).toMatchObject({
      sessionOn: '2025-04-17',
      recommendations: [],
      protectionActReferences: {},
    });
    expect(w.order).toMatchObject({
      issuedOn: '2025-04-18',
      findings: [],
      notPenalizedRefs: [],
      symmetricSanctionJustification: null,
    });
  });

  it('the investigator sees the materials and the conclusion, not the penalties, appeals or suspensions', () => {
    const inv = caseViewFor(state, as('inv', 'assigned-investigator'));
    expect(inv.protectionActs).toEqual(state.protectionActs);
    expect(inv.conclusion).toEqual(state.conclusion);
    expect(inv.absences).toEqual(state.absences);
    expect(inv.commission!.recommendations).toEqual([]);
    for (const field of [
      'penalties',
      'appeals',
      'suspensions',
      'restorations',
      'supportPlanIds',
      'witnessSupportRequests',
    ] as const)
      expect(inv).not.toHaveProperty(field);
  });

  it('the commission sees what it decides on, the appeal official also the penalties and appeals', () => {
    const m = caseViewFor(state, as('m3', 'commission-on-agenda'));
    expect(m.commission).toEqual(state.commission);
    expect(m.protectionActs).toEqual(state.protectionActs);
    expect(m.order!.findings).toEqual([]);
    for (const field of ['penalties', 'appeals', 'absences', 'suspensions'] as const)
      expect(m).not.toHaveProperty(field);
    const o = caseViewFor(state, as('higher', 'appeal-official'));
    expect(o.penalties).toEqual(state.penalties);
    expect(o.appeals).toEqual(state.appeals);
    expect(o.order).toEqual(state.order);
    expect(o).not.toHaveProperty('absences');
  });

  it('the timeline follows the same rules', () => {
    const types = (viewer: CaseViewer) => caseTimelineFor(events, viewer, state).map((e) => e.type);
    expect(caseTimelineFor(events, as('aud', 'auditor'), state)).toEqual(events);
    const w = caseTimelineFor(events, as('w', 'party'), state);
    expect(w.map((e) => e.type)).not.toContain('ProtectionActFiled');
    expect(w.map((e) => e.type)).not.toContain('AppealFiled');
    expect(w.map((e) => e.type)).not.toContain('OrderAnnounced');
    expect(w.find((e) => e.type === 'OrderIssued')).toMatchObject({ penalties: [], findings: [] });
    expect(types(as('w', 'party'))).toContain('WitnessSupportRequested');
    const b = caseTimelineFor(events, as('b', 'party', 'subject'), state);
    expect(b.filter((e) => e.type === 'ExplanationRecorded')).toHaveLength(1);
    expect(b.find((e) => e.type === 'ConclusionSubmitted')).toMatchObject({
      proposals: [penalty('b', 'reprimand')],
    });
    expect(b.find((e) => e.type === 'CommissionSessionHeld')).toMatchObject({
      recommendations: [expect.objectContaining({ personRef: 'b' })],
    });
    expect(b.find((e) => e.type === 'OrderIssued')).toMatchObject({
      penalties: [expect.objectContaining({ personRef: 'b' })],
    });
    expect(b.find((e) => e.type === 'InvestigationOrdered')).toMatchObject({
      protectionActWindows: [expect.objectContaining({ personRef: 'b' })],
    });
    expect(types(as('b', 'party', 'subject'))).toEqual(
      expect.arrayContaining(['AppealFiled', 'AppealDecided', 'SubjectSuspended']),
    );
    expect(types(as('a', 'party', 'subject'))).not.toContain('AppealDecided');
    const inv = types(as('inv', 'assigned-investigator'));
    expect(inv).toContain('ProtectionActItemAnswered');
    expect(inv).not.toContain('OrderAnnounced');
  });

  it('an exonerated subject sees their restoration and support plan; the investigator neither', () => {
    const base = investigating();
    const FINDINGS = [
      { personRef: 'a', facts: 'established' as const, statement: 'A insulted B.' },
      { personRef: 'b', facts: 'not-established' as const, statement: 'Nothing against B is established.' },
    ];
    let run = step(
      base,
      {
        type: 'SubmitConclusion',
        findings: FINDINGS,
        proposals: [],
        circumstances: [],
        protectionActReferences: {},
      },
      '2025-04-11',
    );
    run = step(run, { type: 'ReturnConclusion', reason: 'findings for a are thin' }, '2025-04-12');
    run = step(
      run,
      {
        type: 'SubmitConclusion',
        findings: FINDINGS,
        proposals: [],
        circumstances: [],
        protectionActReferences: {},
      },
      '2025-04-13',
    );
    run = step(run, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14');
    run = step(
      run,
      { type: 'EndProceedings', reason: 'not-sustained', statement: 'Not sustained.' },
      '2025-04-15',
    );
    const b = caseViewFor(run.state, as('b', 'party', 'subject'));
    expect(refs(b.restorations)).toEqual(['b']);
    expect(b.supportPlanIds).toEqual([`support-b-case-1`]);
    expect(b.endedReason).toBe('not-sustained');
    const head = caseViewFor(run.state, as('head', 'unit-head'));
    expect(head.restorations).toEqual(run.state.restorations);
    const timeline = (viewer: CaseViewer) => caseTimelineFor(run.events, viewer, run.state);
    const bt = timeline(as('b', 'party', 'subject'));
    expect(bt.map((e) => e.type)).not.toContain('ConclusionReturned');
    expect(bt.find((e) => e.type === 'SupportPlansOffered')).toMatchObject({
      plans: [expect.objectContaining({ personRef: 'b' })],
    });
    expect(bt.find((e) => e.type === 'RestorationStarted')).toMatchObject({
      plans: [expect.objectContaining({ personRef: 'b' })],
    });
    expect(bt.find((e) => e.type === 'ProceedingsEnded')).toMatchObject({
      findings: [expect.objectContaining({ personRef: 'b' })],
    });
    expect(timeline(as('head', 'unit-head'))).toEqual(run.events);
    expect(timeline(as('inv', 'assigned-investigator')).map((e) => e.type)).not.toContain(
      'SupportPlansOffered',
    );
    expect(timeline(as('inv', 'assigned-investigator')).map((e) => e.type)).not.toContain(
      'RestorationStarted',
    );
    expect(timeline(as('w', 'party')).map((e) => e.type)).not.toContain('RestorationStarted');
    expect(timeline(as('head', 'unit-head')).find((e) => e.type === 'ProceedingsEnded')).toEqual(
      run.events.find((e) => e.type === 'ProceedingsEnded'),
    );
  });
});

// ---------------------------------------------------------------------------------------------- properties
const PEOPLE = ['a', 'b', 'w', 'x'] as const;
const person = fc.constantFrom(...PEOPLE);
const RELATIONS: CaseViewerRelation[] = [
  'unit-head',
  'auditor',
  'assigned-investigator',
  'commission-on-agenda',
  'appeal-official',
  'subject',
  'party',
];
const viewerOf = (relations: fc.Arbitrary<CaseViewerRelation[]>) =>
  fc.record({ personRef: person, relations }) as fc.Arbitrary<CaseViewer>;
const anyViewer = viewerOf(fc.subarray(RELATIONS));
/** Parties only: applicants and witnesses, and subjects. */
const partyViewer = viewerOf(fc.subarray<CaseViewerRelation>(['party', 'subject'], { minLength: 1 }));

const penaltyRecord = person.map((personRef) => ({
  ...initialPenalty,
  personRef,
  penaltyId: `case-1/${personRef}/v1`,
}));
const initialPenalty = decidedCase().state.penalties[0]!;
const arbitraryState: fc.Arbitrary<CaseState> = fc
  .record({
    penalties: fc.array(penaltyRecord, { maxLength: 4 }),
    explanations: fc.array(
      person.map((personRef) => ({
        personRef,
        kind: 'denial' as const,
        documentRef: 'd',
        recordedOn: '2025-04-02',
      })),
      { maxLength: 4 },
    ),
    protectionActs: fc.array(
      person.map((personRef) => ({ ...decidedCase().state.protectionActs[0]!, personRef })),
      { maxLength: 3 },
    ),
    appeals: fc.array(
      person.map((personRef) => ({ ...decidedCase().state.appeals[0]!, personRef })),
      { maxLength: 3 },
    ),
    full: fc.boolean(),
  })
  .map(({ full, ...lists }) => ({ ...(full ? decidedCase().state : initialCaseState('case-1')), ...lists }));

const others = (view: object, me: string, field: string): string[] =>
  ((view as Record<string, { personRef: string }[] | undefined>)[field] ?? [])
    .map((x) => x.personRef)
    .filter((r) => r !== me);

describe('caseViewFor: properties', () => {
  it('a party never sees another person’s penalty, explanation, Protection Act or appeal, whatever the state', () => {
    fc.assert(
      fc.property(arbitraryState, partyViewer, (state, viewer) => {
        const view = caseViewFor(state, viewer);
        for (const field of [
          'penalties',
          'explanations',
          'protectionActs',
          'appeals',
          'suspensions',
          'absences',
        ])
          expect(others(view, viewer.personRef, field)).toEqual([]);
        for (const field of ['findings', 'proposals', 'circumstances'])
          expect(others(view.conclusion ?? {}, viewer.personRef, field)).toEqual([]);
        expect(others(view.commission ?? {}, viewer.personRef, 'recommendations')).toEqual([]);
        expect(others(view.order ?? {}, viewer.personRef, 'findings')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('a non-subject party never sees any penalty, in the projection or the timeline', () => {
    const { events, state } = decidedCase();
    fc.assert(
      fc.property(viewerOf(fc.constant<CaseViewerRelation[]>(['party'])), (viewer) => {
        const text = JSON.stringify([caseViewFor(state, viewer), caseTimelineFor(events, viewer, state)]);
        // A witness or applicant holds no penalty, so no penalty kind of anyone appears.
        const penalized = viewer.personRef === 'a' || viewer.personRef === 'b';
        if (!penalized) expect(text).not.toMatch(/reprimand|remark/);
      }),
    );
  });

  it('another relation never takes a field away (views only widen)', () => {
    fc.assert(
      fc.property(arbitraryState, anyViewer, fc.constantFrom(...RELATIONS), (state, viewer, extra) => {
        const narrow = Object.keys(caseViewFor(state, viewer));
        const wide = Object.keys(caseViewFor(state, { ...viewer, relations: [...viewer.relations, extra] }));
        expect(wide).toEqual(expect.arrayContaining(narrow));
      }),
      { numRuns: 60 },
    );
  });

  it('an event of the timeline is shown only to whom its field is shown', () => {
    const { events, state } = decidedCase();
    fc.assert(
      fc.property(anyViewer, fc.constantFrom(...events), (viewer, event: CaseEvent) => {
        const seen = caseEventViewFor(event, viewer, state);
        if (viewer.relations.length === 0)
          expect(
            seen === null ||
              event.type === 'CaseReported' ||
              event.type === 'InvestigationOrdered' ||
              event.type === 'ProceedingsEnded',
          ).toBe(true);
        if (viewer.relations.includes('auditor')) expect(seen).toEqual(event);
      }),
    );
  });

  it('every field has a rule, and a reader without relations sees nothing', () => {
    expect(Object.keys(CASE_VIEW_RULES).sort()).toEqual(Object.keys(initialCaseState('c')).sort());
    expect(withheldFields(as('z'))).toHaveLength(Object.keys(CASE_VIEW_RULES).length);
    expect(accessTo('penalties', as('z', 'party'))).toBe('own');
  });
});

describe('caseEventViewFor: clocks, hand-over, penalties ending, closing', () => {
  const { state } = decidedCase();
  const meta = { caseId: 'case-1', at: '2025-05-01T12:00:00+05:00', on: '2025-05-01' };
  const events = [
    { type: 'ClockPauseStarted', pause: { pauseId: 'p1', cause: 'expertise', from: '2025-05-01' } },
    { type: 'ClockPauseEnded', pauseId: 'p1', to: '2025-05-02', endedProceeding: null },
    { type: 'InvestigatorReplaced', investigatorRef: 'inv-2', reason: 'interest' },
    {
      type: 'MaterialsHandedOver',
      body: 'prosecutor',
      pause: { pauseId: 'p2', cause: 'pre-trial-investigation', from: '2025-05-01' },
    },
    { type: 'ProtectionActExtensionRequested', personRef: 'b', window: state.protectionActs[0]!.window },
    { type: 'ConclusionApproved', approvedBy: 'head', familiarizationDueOn: '2025-05-05' },
    { type: 'PenaltyLiftedEarly', penaltyId: 'case-1/a/v1', reason: 'reward' },
    { type: 'PenaltyExpired', penaltyId: 'case-1/b/v1' },
    { type: 'PenaltyExpired', penaltyId: 'unknown' },
    { type: 'AppealDecided', appealId: 'unknown', outcome: 'upheld', reason: 'r' },
    { type: 'ProcedureDeadlineMissed', clock: 'investigation', dueOn: '2025-05-01', citation: 'art. 58 p.4' },
    { type: 'CaseClosed', reason: 'expired' },
  ].map((e) => ({ ...meta, ...e }) as CaseEvent);
  const seen = (viewer: CaseViewer) => caseTimelineFor(events, viewer, state).map((e) => e.type);

  it('a subject sees the clocks, the hand-over and their own penalty ending; a witness only the stage', () => {
    expect(seen(as('b', 'party', 'subject'))).toEqual([
      'ClockPauseStarted',
      'ClockPauseEnded',
      'InvestigatorReplaced',
      'MaterialsHandedOver',
      'ProtectionActExtensionRequested',
      'ConclusionApproved',
      'PenaltyExpired',
      'ProcedureDeadlineMissed',
      'CaseClosed',
    ]);
    expect(seen(as('w', 'party'))).toEqual(['InvestigatorReplaced', 'CaseClosed']);
    expect(seen(as('higher', 'appeal-official'))).toEqual(events.map((e) => e.type));
    expect(seen(as('x'))).toEqual([]);
  });
});
