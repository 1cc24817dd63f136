import { eventsOfType, rejection, step, type Run } from '../test-support/fixtures';
import {
  concluded,
  commissionDecided,
  familiarized,
  FINDINGS,
  investigating,
  MEMBERS,
  penalty,
  scheduled,
  unanimous,
} from '../test-support/case-builder';
import { B_PROTECTION_ACT } from '../test-support/seed-case';
import type { CaseCommand } from './commands';

const code = (run: Run, command: CaseCommand, date = '2025-04-11') => rejection(run, command, date).code;
const submit = (over: Partial<Extract<CaseCommand, { type: 'SubmitConclusion' }>> = {}): CaseCommand => ({
  type: 'SubmitConclusion',
  findings: FINDINGS,
  proposals: [penalty('a', 'remark'), penalty('b', 'reprimand')],
  circumstances: [],
  protectionActReferences: {},
  ...over,
});

describe('SubmitConclusion (art. 58 p.5)', () => {
  it('ends the investigation and starts the 3-day approval clock', () => {
    const run = concluded([penalty('a', 'remark')]);
    expect(run.state.stage).toBe('conclusion-submitted');
    expect(run.state.conclusion?.approvalDueOn).toBe('2025-04-14');
    expect(run.state.investigation?.endedOn).toBe('2025-04-11');
    expect(run.state.endedProceedings).toEqual([{ kind: 'internal-investigation', endedOn: '2025-04-11' }]);
  });

  it('validates penalties and circumstances', () => {
    const run = investigating();
    expect(code(run, submit({ proposals: [penalty('a', 'flogging' as 'remark')] }))).toBe('INVALID_COMMAND');
    expect(code(run, submit({ circumstances: [{ personRef: 'w', mitigating: [], aggravating: [] }] }))).toBe(
      'INVALID_COMMAND',
    );
    expect(
      code(
        run,
        submit({
          circumstances: [{ personRef: 'a', mitigating: ['charm' as 'no-damage'], aggravating: [] }],
        }),
      ),
    ).toBe('INVALID_COMMAND');
  });

  it('cannot conclude while a window is open, an item unanswered or unreferenced', () => {
    let run = investigating();
    expect(rejection(run, submit(), '2025-04-10')).toMatchObject({
      code: 'PROTECTION_ACT_WINDOW_OPEN',
      params: { closesOn: '2025-04-10' },
    });
    run = step(
      run,
      { type: 'FileProtectionAct', personRef: 'b', items: B_PROTECTION_ACT.slice(0, 2) },
      '2025-04-07',
    );
    expect(rejection(run, submit(), '2025-04-11')).toMatchObject({
      code: 'PROTECTION_ACT_ITEMS_UNANSWERED',
      params: { items: 'b/b-1, b/b-2' },
    });
    for (const itemId of ['b-1', 'b-2']) {
      run = step(
        run,
        {
          type: 'AnswerProtectionActItem',
          personRef: 'b',
          itemId,
          decision: 'partly-granted',
          reason: 'see conclusion',
          answeredBy: 'inv',
        },
        '2025-04-09',
      );
    }
    expect(rejection(run, submit({ protectionActReferences: { b: ['b-1'] } }), '2025-04-11')).toMatchObject({
      code: 'PROTECTION_ACT_ITEMS_NOT_REFERENCED',
      params: { items: 'b/b-2' },
    });
    const ok = step(run, submit({ protectionActReferences: { b: ['b-1', 'b-2'] } }), '2025-04-11');
    expect(ok.state.conclusion?.protectionActReferences).toEqual({ b: ['b-1', 'b-2'] });
  });

  it('needs findings per person and one penalty per violation and person', () => {
    const run = investigating();
    expect(code(run, submit({ findings: FINDINGS.slice(0, 1) }))).toBe('FINDINGS_MISSING_FOR_PARTY');
    expect(code(run, submit({ proposals: [penalty('a', 'remark'), penalty('a', 'reprimand')] }))).toBe(
      'ONE_PENALTY_PER_VIOLATION',
    );
    expect(code(run, submit({ proposals: [penalty('w', 'remark')] }))).toBe('PENALTY_PER_PERSON');
  });

  it('the investigator must be free of interest at the end too (art. 58 p.2)', () => {
    const run = step(
      investigating(),
      {
        type: 'DeclareInterest',
        interest: { participantRef: 'inv', partyRef: 'a', kind: 'personal-interest' },
      },
      '2025-04-08',
    );
    expect(code(run, submit())).toBe('RECUSAL_REQUIRED');
  });

  it('a conclusion after the month is accepted but the missed term is recorded', () => {
    const run = concluded([penalty('a', 'remark')], investigating(), '2025-05-05');
    expect(eventsOfType(run, 'ProcedureDeadlineMissed')).toEqual([
      expect.objectContaining({
        clock: 'investigation',
        dueOn: '2025-05-03',
        citation: 'art. 58 p.4',
        on: '2025-05-05',
      }),
    ]);
  });

  it('the head may return it for rework, and it can be submitted again', () => {
    let run = concluded([penalty('a', 'remark')]);
    expect(code(run, { type: 'ReturnConclusion', reason: '' })).toBe('INVALID_COMMAND');
    run = step(run, { type: 'ReturnConclusion', reason: 'hear the witness' }, '2025-04-12');
    expect(run.state).toMatchObject({ stage: 'investigation', conclusion: null, endedProceedings: [] });
    expect(run.state.investigation?.endedOn).toBeNull();
    run = concluded([penalty('a', 'remark')], run, '2025-04-14');
    expect(run.state.stage).toBe('conclusion-submitted');
  });
});

describe('approval (art. 58 p.5) and familiarization (art. 58 p.8)', () => {
  it('approval within 3 calendar days; late approval is recorded', () => {
    const run = concluded([penalty('a', 'remark')]);
    expect(code(run, { type: 'ApproveConclusion', approvedBy: '' })).toBe('INVALID_COMMAND');
    const late = step(run, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-15');
    expect(eventsOfType(late, 'ProcedureDeadlineMissed')[0]).toMatchObject({
      clock: 'conclusion-approval',
      dueOn: '2025-04-14',
    });
    expect(late.state.conclusion).toMatchObject({
      approvedOn: '2025-04-15',
      familiarizationDueOn: '2025-04-18',
    });
  });

  it('every subject is familiarized (signed or refusal recorded) before the next step', () => {
    let run = step(
      concluded([penalty('a', 'remark')]),
      { type: 'ApproveConclusion', approvedBy: 'head' },
      '2025-04-14',
    );
    expect(
      code(run, { type: 'RecordFamiliarization', personRef: 'w', outcome: 'signed' }, '2025-04-15'),
    ).toBe('UNKNOWN_PARTY');
    expect(
      code(
        run,
        { type: 'RecordFamiliarization', personRef: 'a', outcome: 'maybe' as 'signed' },
        '2025-04-15',
      ),
    ).toBe('INVALID_COMMAND');
    run = step(run, { type: 'RecordFamiliarization', personRef: 'a', outcome: 'signed' }, '2025-04-15');
    expect(run.state.stage).toBe('conclusion-approved');
    expect(
      code(run, { type: 'RecordFamiliarization', personRef: 'a', outcome: 'signed' }, '2025-04-15'),
    ).toBe('INVALID_COMMAND');
    run = step(run, { type: 'RecordFamiliarization', personRef: 'b', outcome: 'refused' }, '2025-04-21');
    expect(run.state.stage).toBe('familiarized');
    expect(eventsOfType(run, 'ProcedureDeadlineMissed')).toEqual([
      expect.objectContaining({ clock: 'conclusion-familiarization' }),
    ]);
  });
});

describe('commission (art. 58-1)', () => {
  const heavy = [penalty('a', 'remark'), penalty('b', 'dismissal')];

  it('schedules a session with ≥5 uninterested members and at least 1 working day of notice', () => {
    const run = familiarized(heavy);
    const schedule = (over: object = {}, date = '2025-04-15') =>
      rejection(
        run,
        {
          type: 'ScheduleCommissionSession',
          members: MEMBERS,
          sessionOn: '2025-04-17',
          ...over,
        } as CaseCommand,
        date,
      ).code;
    expect(schedule({ sessionOn: '2025-04-14' })).toBe('INVALID_COMMAND');
    expect(schedule({ members: MEMBERS.slice(0, 4) })).toBe('COMMISSION_TOO_SMALL');
    expect(schedule({ members: [...MEMBERS.slice(0, 4), { personRef: 'w', role: 'member' }] })).toBe(
      'RECUSAL_REQUIRED',
    );
    expect(schedule({ sessionOn: '2025-04-15' })).toBe('COMMISSION_NOTICE_TOO_SHORT');
    const s = scheduled(heavy);
    expect(s.state.commission).toMatchObject({ notifiedOn: '2025-04-15', sessionOn: '2025-04-17' });
    expect(eventsOfType(s, 'CommissionSessionScheduled')[0]?.earliestSessionOn).toBe('2025-04-16');
    const moved = step(
      s,
      { type: 'ScheduleCommissionSession', members: MEMBERS, sessionOn: '2025-04-21' },
      '2025-04-16',
    );
    expect(moved.state.commission?.sessionOn).toBe('2025-04-21');
  });

  it('holds the session: every subject considered, quorum, vote, references and the symmetric guard', () => {
    const run = scheduled(heavy);
    const hold = (over: Partial<Extract<CaseCommand, { type: 'HoldCommissionSession' }>> = {}): CaseCommand =>
      ({
        type: 'HoldCommissionSession',
        presentRefs: ['m1', 'm2', 'm3', 'm4'],
        considerations: [
          {
            personRef: 'a',
            participation: 'in-person',
            votes: unanimous({ kind: 'penalty', penalty: 'remark' }).slice(0, 4),
          },
          {
            personRef: 'b',
            participation: 'written-refusal',
            votes: unanimous({ kind: 'penalty', penalty: 'dismissal' }).slice(0, 4),
          },
        ],
        protectionActReferences: {},
        ...over,
      }) as CaseCommand;
    expect(code(run, hold(), '2025-04-16')).toBe('INVALID_COMMAND');
    expect(code(run, hold({ considerations: [] }), '2025-04-17')).toBe('INVALID_COMMAND');
    const base = (hold() as Extract<CaseCommand, { type: 'HoldCommissionSession' }>).considerations;
    expect(code(run, hold({ considerations: [base[0]!, base[0]!] }), '2025-04-17')).toBe('INVALID_COMMAND');
    expect(
      code(
        run,
        hold({ considerations: [base[0]!, { ...base[1]!, participation: 'asleep' as 'video' }] }),
        '2025-04-17',
      ),
    ).toBe('INVALID_COMMAND');
    expect(code(run, hold({ presentRefs: ['m1', 'm2', 'm3'] }), '2025-04-17')).toBe('COMMISSION_NO_QUORUM');
    expect(
      code(
        run,
        hold({ considerations: [base[0]!, { ...base[1]!, participation: 'excused-absence' }] }),
        '2025-04-17',
      ),
    ).toBe('COMMISSION_EMPLOYEE_NOT_HEARD');
    const same = unanimous({ kind: 'penalty', penalty: 'remark' }).slice(0, 4);
    const symmetric = hold({ considerations: [base[0]!, { ...base[1]!, votes: same }] });
    // Facts are established for both in the standard case: identical recommendations are fine then.
    expect(step(run, symmetric, '2025-04-17').state.stage).toBe('commission-decided');
    const held = step(run, hold(), '2025-04-17');
    expect(held.state.commission?.recommendations.map((r) => [r.personRef, r.outcome])).toEqual([
      ['a', { kind: 'penalty', penalty: 'remark' }],
      ['b', { kind: 'penalty', penalty: 'dismissal' }],
    ]);
  });

  it('the commission’s decision references every Protection Act item and passes the symmetric guard', () => {
    let run = step(
      investigating(),
      { type: 'FileProtectionAct', personRef: 'b', items: B_PROTECTION_ACT.slice(0, 1) },
      '2025-04-07',
    );
    run = step(
      run,
      {
        type: 'AnswerProtectionActItem',
        personRef: 'b',
        itemId: 'b-1',
        decision: 'granted',
        reason: 'ok',
        answeredBy: 'inv',
      },
      '2025-04-08',
    );
    const unsure = FINDINGS.map((f) => ({ ...f, facts: 'not-established' as const }));
    run = step(
      run,
      {
        type: 'SubmitConclusion',
        findings: unsure,
        proposals: [penalty('a', 'remark'), penalty('b', 'dismissal')],
        circumstances: [],
        protectionActReferences: { b: ['b-1'] },
      },
      '2025-04-11',
    );
    run = step(run, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14');
    run = step(run, { type: 'RecordFamiliarization', personRef: 'a', outcome: 'signed' }, '2025-04-15');
    run = step(run, { type: 'RecordFamiliarization', personRef: 'b', outcome: 'signed' }, '2025-04-15');
    run = step(
      run,
      { type: 'ScheduleCommissionSession', members: MEMBERS, sessionOn: '2025-04-17' },
      '2025-04-15',
    );
    const hold = (refs: Record<string, string[]>, justification?: string): CaseCommand => ({
      type: 'HoldCommissionSession',
      presentRefs: ['m1', 'm2', 'm3', 'm4', 'm5'],
      considerations: [
        {
          personRef: 'a',
          participation: 'video',
          votes: unanimous({ kind: 'penalty', penalty: 'reprimand' }),
        },
        {
          personRef: 'b',
          participation: 'unexcused-no-show',
          votes: unanimous({ kind: 'penalty', penalty: 'reprimand' }),
        },
      ],
      protectionActReferences: refs,
      ...(justification ? { symmetricSanctionJustification: justification } : {}),
    });
    expect(code(run, hold({}), '2025-04-17')).toBe('PROTECTION_ACT_ITEMS_NOT_REFERENCED');
    expect(code(run, hold({ b: ['b-1'] }), '2025-04-17')).toBe('SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED');
    const held = step(
      run,
      hold(
        { b: ['b-1'] },
        'Equal share in the insults is recorded in both explanations and by the commission.',
      ),
      '2025-04-17',
    );
    expect(held.state.commission?.symmetricSanctionJustification).toMatch(/^Equal share/);
  });

  it('a session outcome of "end proceedings" is recorded per person', () => {
    const run = commissionDecided(heavy, { kind: 'penalty', penalty: 'remark' }, { kind: 'end-proceedings' });
    expect(run.state.commission?.recommendations[1]?.outcome).toEqual({ kind: 'end-proceedings' });
  });
});
