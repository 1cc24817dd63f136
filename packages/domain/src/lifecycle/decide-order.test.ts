import fc from 'fast-check';
import { checkNotInBlackout } from '../clocks/blackout';
import { addDays } from '../time/local-date';
import { decide } from './decide';
import { at, eventsOfType, rejection, step, start, type Run } from '../test-support/fixtures';
import {
  commissionDecided,
  explained,
  familiarized,
  FINDINGS,
  investigating,
  penalty,
  REPORT,
} from '../test-support/case-builder';
import type { CaseCommand } from './commands';

const code = (run: Run, command: CaseCommand, date = '2025-04-18') => rejection(run, command, date).code;
const order = (over: Partial<Extract<CaseCommand, { type: 'IssueOrder' }>> = {}): CaseCommand => ({
  type: 'IssueOrder',
  issuedBy: 'head',
  basis: 'investigation',
  penalties: [penalty('a', 'remark'), penalty('b', 'reprimand')],
  ...over,
});
const admissionFindings = [
  { personRef: 'a', facts: 'established' as const, statement: 'Admitted insulting B' },
  { personRef: 'b', facts: 'established' as const, statement: 'Admitted insulting A' },
];

describe('IssueOrder: admission fast track (art. 57 p.3)', () => {
  it('imposes minor penalties without an investigation after written admissions', () => {
    const run = step(
      explained({ a: 'admission', b: 'admission' }),
      order({ basis: 'admission', findings: admissionFindings }),
      '2025-04-03',
    );
    expect(run.state.stage).toBe('order-issued');
    expect(run.state.order).toMatchObject({ basis: 'admission', announcementDueOn: '2025-04-08' });
    expect(run.state.penalties[0]).toMatchObject({
      penaltyId: 'case-1/a/v1',
      severity: 'minor',
      imposedOn: '2025-04-03',
      expiresOn: '2025-10-03',
      earlyLiftingFrom: '2025-04-03',
      status: 'active',
    });
  });

  it('refuses without admissions, for heavy penalties, or before every explanation', () => {
    const denied = explained({ a: 'admission', b: 'denial' });
    expect(
      rejection(denied, order({ basis: 'admission', findings: admissionFindings }), '2025-04-03'),
    ).toMatchObject({
      code: 'ADMISSION_REQUIRED',
      params: { person: 'b' },
    });
    const admitted = explained({ a: 'admission', b: 'admission' });
    expect(
      code(
        admitted,
        order({ basis: 'admission', findings: admissionFindings, penalties: [penalty('a', 'dismissal')] }),
        '2025-04-03',
      ),
    ).toBe('INVESTIGATION_REQUIRED');
    expect(code(admitted, order({ findings: admissionFindings }), '2025-04-03')).toBe(
      'INVESTIGATION_REQUIRED',
    );
    const half = step(
      step(step(start(), REPORT, '2025-04-01'), { type: 'RequestExplanations' }, '2025-04-01'),
      { type: 'RecordExplanation', personRef: 'a', kind: 'admission', documentRef: 'd' },
      '2025-04-02',
    );
    expect(code(half, order({ basis: 'admission', findings: admissionFindings }), '2025-04-03')).toBe(
      'EXPLANATIONS_PENDING',
    );
    expect(code(admitted, order({ basis: 'admission' }), '2025-04-03')).toBe('FINDINGS_MISSING_FOR_PARTY');
  });

  it('collegium exception: warning or removal with admission and fully established facts', () => {
    const admitted = explained({ a: 'admission', b: 'admission' });
    const collegium = (over: object = {}) =>
      order({
        basis: 'collegium',
        findings: admissionFindings,
        penalties: [penalty('a', 'removal-from-post')],
        collegium: { decisionRef: 'col-7', factsFullyEstablished: true },
        ...over,
      });
    expect(
      code(
        admitted,
        collegium({ collegium: { decisionRef: '', factsFullyEstablished: true } }),
        '2025-04-03',
      ),
    ).toBe('INVALID_COMMAND');
    expect(
      code(
        admitted,
        collegium({ collegium: { decisionRef: 'col-7', factsFullyEstablished: false } }),
        '2025-04-03',
      ),
    ).toBe('COLLEGIUM_EXCEPTION_NOT_APPLICABLE');
    expect(code(admitted, collegium({ penalties: [penalty('a', 'dismissal')] }), '2025-04-03')).toBe(
      'COLLEGIUM_EXCEPTION_NOT_APPLICABLE',
    );
    const run = step(admitted, collegium(), '2025-04-03');
    expect(run.state.order).toMatchObject({
      basis: 'collegium',
      collegiumDecisionRef: 'col-7',
      notPenalizedRefs: ['b'],
    });
    expect(run.state.penalties[0]?.earlyLiftingFrom).toBeNull();
  });
});

describe('IssueOrder after an investigation', () => {
  it('validates the command', () => {
    const run = familiarized([penalty('a', 'remark')]);
    expect(code(run, order({ issuedBy: '' }))).toBe('INVALID_COMMAND');
    expect(code(run, order({ penalties: [] }))).toBe('INVALID_COMMAND');
    expect(code(run, order({ penalties: [penalty('a', 'caning' as 'remark')] }))).toBe('INVALID_COMMAND');
    expect(code(run, order({ basis: 'admission' }))).toBe('INVALID_COMMAND');
    expect(code(run, order({ penalties: [penalty('a', 'remark'), penalty('a', 'remark')] }))).toBe(
      'ONE_PENALTY_PER_VIOLATION',
    );
  });

  it('penalties 4, 5, 7-9 need the commission (art. 57 p.4)', () => {
    expect(
      code(familiarized([penalty('b', 'dismissal')]), order({ penalties: [penalty('b', 'dismissal')] })),
    ).toBe('COMMISSION_RECOMMENDATION_REQUIRED');
  });

  it('the head follows the commission: not harsher, not against "end proceedings"', () => {
    const run = commissionDecided(
      [penalty('b', 'dismissal')],
      { kind: 'penalty', penalty: 'reprimand' },
      { kind: 'penalty', penalty: 'removal-from-post' },
    );
    expect(rejection(run, order({ penalties: [penalty('b', 'dismissal')] }), '2025-04-18')).toMatchObject({
      code: 'PENALTY_EXCEEDS_RECOMMENDATION',
      params: { recommended: 'removal-from-post' },
    });
    const ok = step(
      run,
      order({ penalties: [penalty('a', 'remark'), penalty('b', 'removal-from-post')] }),
      '2025-04-18',
    );
    expect(ok.state.penalties.map((p) => p.severity)).toEqual(['minor', 'gross']);
    const ended = commissionDecided(
      [penalty('b', 'dismissal')],
      { kind: 'end-proceedings' },
      { kind: 'penalty', penalty: 'dismissal' },
    );
    expect(code(ended, order({ penalties: [penalty('a', 'remark')] }))).toBe(
      'PENALTY_CONTRADICTS_COMMISSION',
    );
  });

  it('never after the limitation period (art. 57 p.10-12)', () => {
    // Investigation ended 11 April → one month → 11 May.
    expect(rejection(familiarized([penalty('a', 'remark')]), order(), '2025-05-12')).toMatchObject({
      code: 'LIMITATION_PERIOD_EXPIRED',
      params: { dueOn: '2025-05-11', clock: 'limitation-after-proceeding' },
    });
  });

  it('never during the person’s sick leave, vacation or unrelated business trip (art. 57 p.14)', () => {
    const run = step(
      familiarized([penalty('a', 'remark')]),
      {
        type: 'RecordAbsence',
        absence: { personRef: 'b', kind: 'sick-leave', from: '2025-04-16', to: '2025-04-22' },
      },
      '2025-04-16',
    );
    expect(rejection(run, order(), '2025-04-18')).toMatchObject({
      code: 'PENALTY_DATE_IN_BLACKOUT',
      params: { person: 'b' },
    });
    // The sick leave also paused b's limitation clock by 7 days (a's clock ran out on 11 May).
    expect(code(run, order(), '2025-05-16')).toBe('LIMITATION_PERIOD_EXPIRED');
    expect(step(run, order({ penalties: [penalty('b', 'reprimand')] }), '2025-05-18').state.stage).toBe(
      'order-issued',
    );
    expect(code(run, order({ penalties: [penalty('b', 'reprimand')] }), '2025-05-19')).toBe(
      'LIMITATION_PERIOD_EXPIRED',
    );
  });

  it('persons not penalized and not established get restoration; everyone a support offer', () => {
    let run = investigating();
    run = step(
      run,
      {
        type: 'SubmitConclusion',
        findings: [
          FINDINGS[0]!,
          { personRef: 'b', facts: 'not-established', statement: 'Nothing shows B insulted anyone.' },
        ],
        proposals: [penalty('a', 'remark')],
        circumstances: [],
        protectionActReferences: {},
      },
      '2025-04-11',
    );
    run = step(run, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14');
    run = step(run, { type: 'RecordFamiliarization', personRef: 'a', outcome: 'signed' }, '2025-04-15');
    run = step(run, { type: 'RecordFamiliarization', personRef: 'b', outcome: 'signed' }, '2025-04-15');
    run = step(run, order({ penalties: [penalty('a', 'remark')] }), '2025-04-18');
    expect(run.state.restorations).toEqual([
      expect.objectContaining({
        personRef: 'b',
        excludedFromRiskIndicators: true,
        findingsNoticeOn: '2025-04-18',
        hrFollowUpOn: '2025-04-25',
      }),
    ]);
    expect(run.state.supportPlanIds).toEqual(['support-a-case-1', 'support-b-case-1']);
  });
});

describe('EndProceedings', () => {
  it('validates the reason and statement', () => {
    const run = investigating();
    expect(code(run, { type: 'EndProceedings', reason: 'boredom' as 'other', statement: 's' })).toBe(
      'INVALID_COMMAND',
    );
    expect(code(run, { type: 'EndProceedings', reason: 'other', statement: '' })).toBe('INVALID_COMMAND');
    expect(code(run, { type: 'EndProceedings', reason: 'commission-recommended-end', statement: 's' })).toBe(
      'INVALID_COMMAND',
    );
    expect(code(run, { type: 'EndProceedings', reason: 'not-sustained', statement: 's' })).toBe(
      'FINDINGS_MISSING_FOR_PARTY',
    );
  });

  it('closes the case with restoration for subjects not sustained and support offers', () => {
    const run = step(
      investigating(),
      {
        type: 'EndProceedings',
        reason: 'not-sustained',
        statement: 'The allegations were not confirmed',
        findings: FINDINGS.map((f) => ({ ...f, facts: 'not-established' as const })),
      },
      '2025-04-11',
    );
    expect(run.state).toMatchObject({
      stage: 'closed',
      closedOn: '2025-04-11',
      endedReason: 'not-sustained',
    });
    expect(run.state.restorations.map((r) => r.personRef)).toEqual(['a', 'b']);
    expect(eventsOfType(run, 'SupportPlansOffered')[0]?.plans).toHaveLength(2);
  });

  it('after the commission recommended ending; restoration only where facts were not established', () => {
    const run = commissionDecided(
      [penalty('b', 'dismissal')],
      { kind: 'end-proceedings' },
      { kind: 'end-proceedings' },
    );
    const ended = step(
      run,
      { type: 'EndProceedings', reason: 'commission-recommended-end', statement: 'per commission' },
      '2025-04-18',
    );
    expect(ended.state.stage).toBe('closed');
    expect(ended.state.restorations).toEqual([]);
    const early = step(
      explained({ a: 'denial', b: 'denial' }),
      { type: 'EndProceedings', reason: 'limitation-expired', statement: 'too late' },
      '2025-04-03',
    );
    expect(early.state.restorations.map((r) => r.personRef)).toEqual(['a', 'b']);
  });
});

describe('property: the decider never imposes a penalty on a blackout day', () => {
  const base = familiarized([penalty('a', 'remark')]);
  it('for any absences of the subjects and any order date', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            person: fc.constantFrom('a', 'b'),
            kind: fc.constantFrom('sick-leave', 'vacation', 'business-trip', 'other-valid-absence' as const),
            offset: fc.integer({ min: 0, max: 20 }),
            length: fc.integer({ min: 0, max: 10 }),
          }),
          { maxLength: 4 },
        ),
        fc.integer({ min: 2, max: 25 }),
        (raw, orderOffset) => {
          let run = base;
          for (const r of raw) {
            run = step(
              run,
              {
                type: 'RecordAbsence',
                absence: {
                  personRef: r.person,
                  kind: r.kind as 'vacation',
                  from: addDays('2025-04-16', r.offset),
                  to: addDays('2025-04-16', r.offset + r.length),
                },
              },
              '2025-04-16',
            );
          }
          const on = addDays('2025-04-16', orderOffset);
          const result = decide(run.state, order(), at(on));
          if (result.ok) {
            for (const person of ['a', 'b'])
              expect(checkNotInBlackout(run.state.absences, person, on)).toBeUndefined();
          } else {
            expect(['PENALTY_DATE_IN_BLACKOUT', 'LIMITATION_PERIOD_EXPIRED']).toContain(result.error.code);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
