import { eventsOfType, rejection, step, type Run } from '../test-support/fixtures';
import { commissionDecided, explained, penalty, REPORT } from '../test-support/case-builder';
import { start } from '../test-support/fixtures';
import type { CaseCommand } from './commands';

const findings = [
  { personRef: 'a', facts: 'established' as const, statement: 'Admitted insulting B' },
  { personRef: 'b', facts: 'established' as const, statement: 'Admitted insulting A' },
];
/** Fast-track order on 3 April 2025: a remark for a, a reprimand for b. */
const ordered = (): Run =>
  step(
    explained({ a: 'admission', b: 'admission' }),
    {
      type: 'IssueOrder',
      issuedBy: 'head',
      basis: 'admission',
      penalties: [penalty('a', 'remark'), penalty('b', 'reprimand')],
      findings,
    },
    '2025-04-03',
  );
const announced = (): Run => {
  const run = step(
    ordered(),
    { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' },
    '2025-04-04',
  );
  return step(run, { type: 'RecordOrderAnnouncement', personRef: 'b', outcome: 'refused' }, '2025-04-04');
};
const code = (run: Run, command: CaseCommand, date: string) => rejection(run, command, date).code;

describe('order announcement (art. 57 p.8-9)', () => {
  it('against signature or a recorded refusal; then the penalties are active', () => {
    const run = announced();
    expect(run.state.stage).toBe('penalty-active');
    expect(run.state.penalties.map((p) => [p.announcement, p.appealDueOn])).toEqual([
      // 30 days end on Sunday 4 May: the officer's period runs to Monday 5 May.
      ['signed', '2025-05-05'],
      ['refused', '2025-05-05'],
    ]);
  });

  it('validates and records a late announcement', () => {
    const run = ordered();
    expect(
      code(run, { type: 'RecordOrderAnnouncement', personRef: 'w', outcome: 'signed' }, '2025-04-04'),
    ).toBe('UNKNOWN_PARTY');
    expect(
      code(
        run,
        { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'nodded' as 'signed' },
        '2025-04-04',
      ),
    ).toBe('INVALID_COMMAND');
    const late = step(
      run,
      { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' },
      '2025-04-09',
    );
    expect(eventsOfType(late, 'ProcedureDeadlineMissed')[0]).toMatchObject({
      clock: 'order-announcement',
      dueOn: '2025-04-08',
    });
    expect(late.state.stage).toBe('order-issued');
    expect(
      code(late, { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' }, '2025-04-09'),
    ).toBe('INVALID_COMMAND');
  });
});

describe('appeals (art. 57 p.19-21): do not suspend enforcement', () => {
  it('are filed within the policy period, one pending per penalty', () => {
    const run = announced();
    const appeal = {
      type: 'FileAppeal',
      appealId: 'ap1',
      penaltyId: 'case-1/b/v1',
      to: 'higher-official',
    } as const;
    expect(code(run, { ...appeal, appealId: '' }, '2025-04-10')).toBe('INVALID_COMMAND');
    expect(code(run, { ...appeal, penaltyId: 'nope' }, '2025-04-10')).toBe('PENALTY_NOT_ACTIVE');
    expect(code(run, { ...appeal, to: 'twitter' as 'court' }, '2025-04-10')).toBe('INVALID_COMMAND');
    expect(rejection(run, appeal, '2025-05-06')).toMatchObject({
      code: 'APPEAL_PERIOD_EXPIRED',
      params: { dueOn: '2025-05-05' },
    });
    // The last day falls on a Sunday: the officer may still appeal on the next working day.
    expect(step(run, appeal, '2025-05-05').state.appeals).toHaveLength(1);
    const filed = step(run, appeal, '2025-04-10');
    expect(filed.state.penalties[1]?.status).toBe('active');
    expect(code(filed, { ...appeal, appealId: 'ap2' }, '2025-04-11')).toBe('APPEAL_ALREADY_PENDING');
    expect(code(filed, appeal, '2025-04-11')).toBe('INVALID_COMMAND');
  });

  it('a higher official upholds or cancels; cancelling the last active penalty closes the case', () => {
    let run = step(
      announced(),
      { type: 'FileAppeal', appealId: 'ap1', penaltyId: 'case-1/b/v1', to: 'court' },
      '2025-04-10',
    );
    expect(
      code(run, { type: 'DecideAppeal', appealId: 'zz', outcome: 'upheld', reason: 'r' }, '2025-04-20'),
    ).toBe('APPEAL_NOT_PENDING');
    expect(
      code(run, { type: 'DecideAppeal', appealId: 'ap1', outcome: 'upheld', reason: '' }, '2025-04-20'),
    ).toBe('INVALID_COMMAND');
    run = step(
      run,
      { type: 'DecideAppeal', appealId: 'ap1', outcome: 'cancelled', reason: 'does not match the gravity' },
      '2025-04-20',
    );
    expect(run.state.penalties[1]).toMatchObject({ status: 'cancelled', endedOn: '2025-04-20' });
    // Cleared on appeal: restored as after an exoneration (notice on the decision day, HR follow-up after).
    expect(run.state.restorations).toEqual([
      expect.objectContaining({
        personRef: run.state.penalties[1]!.personRef,
        findingsNoticeOn: '2025-04-20',
      }),
    ]);
    expect(run.state.stage).toBe('penalty-active');
    expect(
      code(run, { type: 'DecideAppeal', appealId: 'ap1', outcome: 'upheld', reason: 'r' }, '2025-04-21'),
    ).toBe('APPEAL_NOT_PENDING');
    expect(
      code(run, { type: 'FileAppeal', appealId: 'ap2', penaltyId: 'case-1/b/v1', to: 'court' }, '2025-04-21'),
    ).toBe('PENALTY_NOT_ACTIVE');
    run = step(
      run,
      { type: 'FileAppeal', appealId: 'ap3', penaltyId: 'case-1/a/v1', to: 'higher-official' },
      '2025-04-21',
    );
    run = step(
      run,
      { type: 'DecideAppeal', appealId: 'ap3', outcome: 'cancelled', reason: 'no misconduct' },
      '2025-04-22',
    );
    expect(run.state.stage).toBe('closed');
  });

  it('an upheld appeal keeps the penalty', () => {
    let run = step(
      announced(),
      { type: 'FileAppeal', appealId: 'ap1', penaltyId: 'case-1/a/v1', to: 'court' },
      '2025-04-10',
    );
    run = step(
      run,
      { type: 'DecideAppeal', appealId: 'ap1', outcome: 'upheld', reason: 'proportionate' },
      '2025-04-20',
    );
    expect(run.state.penalties[0]?.status).toBe('active');
    expect(run.state.restorations).toEqual([]);
  });
});

describe('early lifting (art. 55) and expiry (art. 57 p.17)', () => {
  it('a minor penalty may be lifted at any time, as a reward', () => {
    const run = announced();
    expect(code(run, { type: 'LiftPenaltyEarly', penaltyId: 'case-1/a/v1', reason: '' }, '2025-04-10')).toBe(
      'INVALID_COMMAND',
    );
    expect(code(run, { type: 'LiftPenaltyEarly', penaltyId: 'nope', reason: 'r' }, '2025-04-10')).toBe(
      'PENALTY_NOT_ACTIVE',
    );
    const lifted = step(
      run,
      { type: 'LiftPenaltyEarly', penaltyId: 'case-1/a/v1', reason: 'commendation' },
      '2025-04-10',
    );
    expect(lifted.state.penalties[0]).toMatchObject({ status: 'lifted-early', endedOn: '2025-04-10' });
  });

  it('one penalty at a time per person', () => {
    const two = {
      ...REPORT,
      violations: [
        REPORT.violations[0]!,
        { ...REPORT.violations[0]!, id: 'v2', description: 'late report', subjectRefs: ['a'] },
      ],
    };
    let run = step(start(), two, '2025-04-01');
    run = step(run, { type: 'RequestExplanations' }, '2025-04-01');
    run = step(
      run,
      { type: 'RecordExplanation', personRef: 'a', kind: 'admission', documentRef: 'd' },
      '2025-04-02',
    );
    run = step(
      run,
      { type: 'RecordExplanation', personRef: 'b', kind: 'admission', documentRef: 'd' },
      '2025-04-02',
    );
    run = step(
      run,
      {
        type: 'IssueOrder',
        issuedBy: 'head',
        basis: 'admission',
        penalties: [penalty('a', 'remark'), penalty('a', 'remark', 'v2')],
        findings,
      },
      '2025-04-03',
    );
    run = step(run, { type: 'LiftPenaltyEarly', penaltyId: 'case-1/a/v1', reason: 'reward' }, '2025-04-10');
    expect(
      code(run, { type: 'LiftPenaltyEarly', penaltyId: 'case-1/a/v2', reason: 'reward' }, '2025-04-10'),
    ).toBe('EARLY_LIFTING_ONE_AT_A_TIME');
    run = step(run, { type: 'LiftPenaltyEarly', penaltyId: 'case-1/a/v2', reason: 'reward' }, '2025-04-11');
    expect(run.state.stage).toBe('closed');
  });

  it('significant penalties after 3 months, gross never', () => {
    const run = commissionDecided(
      [penalty('b', 'dismissal')],
      { kind: 'penalty', penalty: 'incomplete-compliance-warning' },
      { kind: 'penalty', penalty: 'removal-from-post' },
    );
    const issued = step(
      run,
      {
        type: 'IssueOrder',
        issuedBy: 'head',
        basis: 'investigation',
        penalties: [penalty('a', 'incomplete-compliance-warning'), penalty('b', 'removal-from-post')],
      },
      '2025-04-18',
    );
    expect(
      code(issued, { type: 'LiftPenaltyEarly', penaltyId: 'case-1/a/v1', reason: 'r' }, '2025-07-17'),
    ).toBe('EARLY_LIFTING_TOO_EARLY');
    expect(
      code(issued, { type: 'LiftPenaltyEarly', penaltyId: 'case-1/b/v1', reason: 'r' }, '2025-09-01'),
    ).toBe('EARLY_LIFTING_GROSS_PENALTY');
    expect(
      step(issued, { type: 'LiftPenaltyEarly', penaltyId: 'case-1/a/v1', reason: 'r' }, '2025-07-18').state
        .penalties[0]?.status,
    ).toBe('lifted-early');
  });

  it('penalties expire after six months; the case closes when none is in force', () => {
    let run = announced();
    expect(rejection(run, { type: 'ExpirePenalty', penaltyId: 'case-1/a/v1' }, '2025-10-02')).toMatchObject({
      code: 'PENALTY_NOT_YET_EXPIRED',
      params: { expiresOn: '2025-10-03' },
    });
    expect(code(run, { type: 'ExpirePenalty', penaltyId: 'zz' }, '2025-10-03')).toBe('PENALTY_NOT_ACTIVE');
    run = step(run, { type: 'ExpirePenalty', penaltyId: 'case-1/a/v1' }, '2025-10-03');
    expect(run.state.stage).toBe('penalty-active');
    run = step(run, { type: 'ExpirePenalty', penaltyId: 'case-1/b/v1' }, '2025-10-03');
    expect(run.state).toMatchObject({ stage: 'closed', closedOn: '2025-10-03' });
    expect(eventsOfType(run, 'CaseClosed')).toHaveLength(1);
  });

  it('a pending appeal keeps the case open after expiry', () => {
    let run = step(
      announced(),
      { type: 'FileAppeal', appealId: 'ap', penaltyId: 'case-1/a/v1', to: 'court' },
      '2025-04-10',
    );
    run = step(run, { type: 'ExpirePenalty', penaltyId: 'case-1/a/v1' }, '2025-10-03');
    run = step(run, { type: 'ExpirePenalty', penaltyId: 'case-1/b/v1' }, '2025-10-03');
    expect(run.state.stage).toBe('penalty-active');
    run = step(
      run,
      { type: 'DecideAppeal', appealId: 'ap', outcome: 'upheld', reason: 'lawful' },
      '2025-10-10',
    );
    expect(run.state.stage).toBe('closed');
  });
});

describe('the appeal names the higher official it is addressed to', () => {
  const appeal = {
    type: 'FileAppeal',
    appealId: 'ap1',
    penaltyId: 'case-1/b/v1',
    to: 'higher-official',
  } as const;
  const higher = { personRef: 'higher-1', unitId: 'dept', aboveUnitIds: ['ministry'] };

  it('records the addressee with their units', () => {
    const filed = step(announced(), { ...appeal, addressee: higher }, '2025-04-10');
    expect(filed.state.appeals[0]?.addressee).toEqual(higher);
  });

  it('never the head who issued the order, a party, someone with an interest, or for a court', () => {
    const run = announced();
    expect(code(run, { ...appeal, addressee: { ...higher, personRef: 'head' } }, '2025-04-10')).toBe(
      'INVALID_COMMAND',
    );
    expect(code(run, { ...appeal, addressee: { ...higher, personRef: 'a' } }, '2025-04-10')).toBe(
      'RECUSAL_REQUIRED',
    );
    expect(code(run, { ...appeal, to: 'court', addressee: higher }, '2025-04-10')).toBe('INVALID_COMMAND');
    expect(code(run, { ...appeal, addressee: { ...higher, unitId: '' } }, '2025-04-10')).toBe(
      'INVALID_COMMAND',
    );
    const interested = step(
      explained({ a: 'admission', b: 'admission' }),
      { type: 'DeclareInterest', interest: { participantRef: 'higher-1', partyRef: 'b', kind: 'relative' } },
      '2025-04-02',
    );
    let run2 = step(
      interested,
      {
        type: 'IssueOrder',
        issuedBy: 'head',
        basis: 'admission',
        penalties: [penalty('a', 'remark'), penalty('b', 'reprimand')],
        findings,
      },
      '2025-04-03',
    );
    for (const personRef of ['a', 'b'])
      run2 = step(run2, { type: 'RecordOrderAnnouncement', personRef, outcome: 'signed' }, '2025-04-04');
    expect(code(run2, { ...appeal, addressee: higher }, '2025-04-10')).toBe('RECUSAL_REQUIRED');
  });
});
