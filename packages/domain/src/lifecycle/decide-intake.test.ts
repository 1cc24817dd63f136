import { decide } from './decide';
import { initialCaseState } from './state';
import { at, eventsOfType, rejection, start, step } from '../test-support/fixtures';
import { explained, REPORT, reported } from '../test-support/case-builder';
import type { CaseCommand } from './commands';

const code = (run: ReturnType<typeof reported>, command: CaseCommand, date = '2025-04-02') =>
  rejection(run, command, date).code;

describe('decide: time and routing guards', () => {
  it('time is an input: it must be an instant, and never run backwards', () => {
    expect(decide(initialCaseState('c'), REPORT, '2025-04-01')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
    const run = reported();
    expect(decide(run.state, { type: 'RequestExplanations' }, '2025-03-31T12:00:00+05:00')).toMatchObject({
      ok: false,
      error: {
        code: 'TIME_WENT_BACKWARDS',
        citation: 'Qorgau: legal time is an input and never runs backwards',
      },
    });
  });

  it('rejects unknown commands and commands out of stage, naming both', () => {
    expect(
      decide(initialCaseState('c'), { type: 'Dance' } as unknown as CaseCommand, at('2025-04-01')),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_COMMAND' },
    });
    expect(rejection(start(), { type: 'RequestExplanations' }, '2025-04-01')).toMatchObject({
      code: 'COMMAND_NOT_ALLOWED_IN_STAGE',
      params: { command: 'RequestExplanations', stage: 'none' },
    });
    expect(code(reported(), REPORT)).toBe('COMMAND_NOT_ALLOWED_IN_STAGE');
  });

  it('the legal date is the Kazakhstan calendar day of now', () => {
    const r = decide(initialCaseState('c'), REPORT, '2025-03-31T19:30:00Z');
    expect(r).toMatchObject({
      ok: true,
      value: [{ type: 'CaseReported', on: '2025-04-01', at: '2025-03-31T19:30:00Z' }],
    });
  });
});

describe('ReportCase (art. 58 p.1): a report or a notice from another body', () => {
  const bad = (over: Partial<typeof REPORT>) => rejection(start(), { ...REPORT, ...over }, '2025-04-01');
  const v = REPORT.violations[0]!;

  it('registers parties, violations, allegations and evidence', () => {
    const run = reported();
    expect(run.state).toMatchObject({ stage: 'reported', source: 'report', reportedOn: '2025-04-01' });
    expect(run.events).toHaveLength(1);
  });

  it('validates parties', () => {
    expect(bad({ source: 'rumour' as 'report' }).code).toBe('INVALID_COMMAND');
    expect(bad({ parties: [] }).params.reason).toBe('PARTIES_MISSING');
    expect(bad({ parties: [{ personRef: 'a', roles: [] }] }).code).toBe('INVALID_COMMAND');
    expect(bad({ parties: [{ personRef: 'a', roles: ['judge' as 'subject'] }] }).code).toBe(
      'INVALID_COMMAND',
    );
    expect(
      bad({
        parties: [
          { personRef: 'a', roles: ['subject'] },
          { personRef: 'a', roles: ['applicant'] },
        ],
      }).params.reason,
    ).toBe('PARTY_LISTED_TWICE');
    expect(bad({ parties: [{ personRef: 'a', roles: ['applicant'] }] }).params.reason).toBe(
      'SUBJECT_MISSING',
    );
  });

  it('validates violations', () => {
    expect(bad({ violations: [] }).code).toBe('INVALID_COMMAND');
    expect(bad({ violations: [v, v] }).code).toBe('INVALID_COMMAND');
    expect(bad({ violations: [{ ...v, description: '' }] }).code).toBe('INVALID_COMMAND');
    expect(bad({ violations: [{ ...v, gravity: 'mild' as 'gross' }] }).params).toEqual({
      reason: 'VIOLATION_GRAVITY_UNKNOWN',
      id: 'v1',
    });
    expect(bad({ violations: [{ ...v, committedOn: '28.03.2025' }] }).code).toBe('INVALID_COMMAND');
    expect(bad({ violations: [{ ...v, committedOn: '2025-04-01', discoveredOn: '2025-03-31' }] }).code).toBe(
      'INVALID_COMMAND',
    );
    expect(bad({ violations: [{ ...v, discoveredOn: '2025-04-02' }] }).code).toBe('INVALID_COMMAND');
    expect(bad({ violations: [{ ...v, subjectRefs: ['w'] }] }).code).toBe('INVALID_COMMAND');
    expect(bad({ violations: [{ ...v, subjectRefs: [] }] }).code).toBe('INVALID_COMMAND');
  });

  it('validates allegations and evidence', () => {
    const al = { id: 'al', byRef: 'a', againstRef: 'b', kind: 'physical-harm' as const, description: 'slap' };
    const ev = { id: 'ev', kind: 'recording' as const, description: 'cctv', allegationIds: ['al'] };
    expect(bad({ allegations: [{ ...al, description: '' }] }).code).toBe('INVALID_COMMAND');
    expect(bad({ allegations: [al, al] }).params).toEqual({ reason: 'ALLEGATION_ID_DUPLICATE', id: 'al' });
    expect(bad({ allegations: [{ ...al, againstRef: 'zz' }] }).code).toBe('INVALID_COMMAND');
    expect(bad({ allegations: [al], evidence: [{ ...ev, kind: 'rumour' as 'recording' }] }).code).toBe(
      'INVALID_COMMAND',
    );
    expect(bad({ allegations: [al], evidence: [ev, ev] }).code).toBe('INVALID_COMMAND');
    expect(bad({ allegations: [al], evidence: [{ ...ev, allegationIds: ['nope'] }] }).code).toBe(
      'INVALID_COMMAND',
    );
    const run = step(start(), { ...REPORT, allegations: [al], evidence: [ev] }, '2025-04-01');
    expect(run.state.evidenceBasisFlags).toEqual([]);
    expect(eventsOfType(run, 'EvidenceBasisFlagsChanged')).toHaveLength(0);
  });
});

describe('evidence and allegations during the case', () => {
  const slap = { id: 'al', byRef: 'a', againstRef: 'b', kind: 'physical-harm' as const, description: 'slap' };

  it('a new physical-harm allegation raises the flag; objective evidence clears it', () => {
    let run = step(reported(), { type: 'RecordAllegation', allegation: slap }, '2025-04-02');
    expect(run.state.evidenceBasisFlags).toHaveLength(1);
    run = step(
      run,
      {
        type: 'AddEvidence',
        item: { id: 'e1', kind: 'party-statement', description: 'b', allegationIds: ['al'] },
      },
      '2025-04-02',
    );
    expect(eventsOfType(run, 'EvidenceBasisFlagsChanged')).toHaveLength(1);
    run = step(
      run,
      {
        type: 'AddEvidence',
        item: { id: 'e2', kind: 'medical-report', description: 'exam', allegationIds: ['al'] },
      },
      '2025-04-03',
    );
    expect(run.state.evidenceBasisFlags).toEqual([]);
    expect(eventsOfType(run, 'EvidenceBasisFlagsChanged').map((e) => e.flags.length)).toEqual([1, 0]);
  });

  it('rejects malformed allegations and evidence', () => {
    expect(code(reported(), { type: 'RecordAllegation', allegation: { ...slap, byRef: 'x' } })).toBe(
      'INVALID_COMMAND',
    );
    expect(
      code(reported(), {
        type: 'AddEvidence',
        item: { id: 'e', kind: 'recording', description: 'x', allegationIds: ['zz'] },
      }),
    ).toBe('INVALID_COMMAND');
  });
});

describe('explanations (art. 57 p.3)', () => {
  it('are demanded with a policy deadline in working days', () => {
    const run = step(reported(), { type: 'RequestExplanations' }, '2025-04-01');
    expect(run.state).toMatchObject({ stage: 'explanation-requested', explanationDueOn: '2025-04-03' });
    expect(eventsOfType(run, 'ExplanationsRequested')[0]?.clock.citation).toBe(
      'art. 57 p.3; Qorgau policy: explanation deadline',
    );
  });

  it('one per subject: admission, denial or a refusal act', () => {
    const run = step(reported(), { type: 'RequestExplanations' }, '2025-04-01');
    expect(code(run, { type: 'RecordExplanation', personRef: 'w', kind: 'denial', documentRef: 'd' })).toBe(
      'UNKNOWN_PARTY',
    );
    expect(
      code(run, { type: 'RecordExplanation', personRef: 'a', kind: 'shrug' as 'denial', documentRef: 'd' }),
    ).toBe('INVALID_COMMAND');
    expect(code(run, { type: 'RecordExplanation', personRef: 'a', kind: 'denial', documentRef: '' })).toBe(
      'INVALID_COMMAND',
    );
    const once = step(
      run,
      { type: 'RecordExplanation', personRef: 'a', kind: 'refusal', documentRef: 'act-1' },
      '2025-04-02',
    );
    expect(code(once, { type: 'RecordExplanation', personRef: 'a', kind: 'denial', documentRef: 'd' })).toBe(
      'EXPLANATION_ALREADY_RECORDED',
    );
  });
});

describe('absences, pauses and interests', () => {
  it('records a subject’s absence; before an investigation there is no month to move', () => {
    const run = step(
      reported(),
      {
        type: 'RecordAbsence',
        absence: { personRef: 'a', kind: 'vacation', from: '2025-04-07', to: '2025-04-11' },
      },
      '2025-04-02',
    );
    expect(eventsOfType(run, 'AbsenceRecorded')[0]?.investigationDueOn).toBeNull();
    expect(
      code(run, {
        type: 'RecordAbsence',
        absence: { personRef: 'w', kind: 'vacation', from: '2025-04-07', to: '2025-04-11' },
      }),
    ).toBe('UNKNOWN_PARTY');
    expect(
      code(run, {
        type: 'RecordAbsence',
        absence: { personRef: 'a', kind: 'vacation', from: '2025-04-11', to: '2025-04-07' },
      }),
    ).toBe('INVALID_COMMAND');
    expect(
      code(run, {
        type: 'RecordAbsence',
        absence: { personRef: 'a', kind: 'holiday' as 'vacation', from: '2025-04-07', to: '2025-04-08' },
      }),
    ).toBe('INVALID_COMMAND');
  });

  it('pauses start today and end today; a pre-trial pause ends a proceeding', () => {
    let run = step(reported(), { type: 'StartClockPause', pauseId: 'p1', cause: 'expertise' }, '2025-04-02');
    expect(code(run, { type: 'StartClockPause', pauseId: 'p1', cause: 'expertise' })).toBe('INVALID_COMMAND');
    expect(code(run, { type: 'StartClockPause', pauseId: 'p2', cause: 'nap' as 'appeal' })).toBe(
      'INVALID_COMMAND',
    );
    expect(code(run, { type: 'EndClockPause', pauseId: 'nope' })).toBe('INVALID_COMMAND');
    run = step(run, { type: 'EndClockPause', pauseId: 'p1' }, '2025-04-04');
    expect(run.state.pauses).toEqual([
      { pauseId: 'p1', cause: 'expertise', from: '2025-04-02', to: '2025-04-04' },
    ]);
    expect(code(run, { type: 'EndClockPause', pauseId: 'p1' }, '2025-04-05')).toBe('INVALID_COMMAND');
    run = step(
      run,
      { type: 'StartClockPause', pauseId: 'p3', cause: 'pre-trial-investigation' },
      '2025-04-05',
    );
    run = step(run, { type: 'EndClockPause', pauseId: 'p3' }, '2025-04-20');
    expect(run.state.endedProceedings).toEqual([{ kind: 'pre-trial-investigation', endedOn: '2025-04-20' }]);
  });

  it('declared interests are validated', () => {
    expect(
      code(reported(), {
        type: 'DeclareInterest',
        interest: { participantRef: 'inv', partyRef: 'zz', kind: 'relative' },
      }),
    ).toBe('INVALID_COMMAND');
    expect(
      code(reported(), {
        type: 'DeclareInterest',
        interest: { participantRef: 'inv', partyRef: 'a', kind: 'friend' as 'other' },
      }),
    ).toBe('INVALID_COMMAND');
    const run = step(
      reported(),
      { type: 'DeclareInterest', interest: { participantRef: 'inv', partyRef: 'a', kind: 'relative' } },
      '2025-04-02',
    );
    expect(run.state.interests).toHaveLength(1);
  });
});

describe('witness support on request', () => {
  it('only witnesses ask, once; before a decision it is just recorded', () => {
    const run = step(reported(), { type: 'RequestWitnessSupport', personRef: 'w' }, '2025-04-02');
    expect(run.state.witnessSupportRequests).toEqual(['w']);
    expect(eventsOfType(run, 'SupportPlansOffered')).toHaveLength(0);
    expect(code(run, { type: 'RequestWitnessSupport', personRef: 'w' })).toBe('INVALID_COMMAND');
    expect(code(run, { type: 'RequestWitnessSupport', personRef: 'a' })).toBe('UNKNOWN_PARTY');
  });

  it('after a decision the witness gets a plan at once', () => {
    let run = explained({ a: 'admission', b: 'admission' });
    run = step(
      run,
      {
        type: 'IssueOrder',
        issuedBy: 'head',
        basis: 'admission',
        penalties: [
          { personRef: 'a', violationId: 'v1', penalty: 'remark' },
          { personRef: 'b', violationId: 'v1', penalty: 'reprimand' },
        ],
        findings: [
          { personRef: 'a', facts: 'established', statement: 'Admitted insulting B' },
          { personRef: 'b', facts: 'established', statement: 'Admitted insulting A first' },
        ],
      },
      '2025-04-03',
    );
    run = step(run, { type: 'RequestWitnessSupport', personRef: 'w' }, '2025-04-04');
    const offered = eventsOfType(run, 'SupportPlansOffered');
    expect(offered.map((e) => e.plans.map((p) => p.personRef))).toEqual([['a', 'b'], ['w']]);
    expect(offered[1]?.plans[0]?.checkIns[0]?.dueOn).toBe('2025-04-11');
  });
});
