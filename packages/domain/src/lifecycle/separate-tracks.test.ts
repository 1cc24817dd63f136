import { DEFAULT_ENVIRONMENT, type DecisionEnvironment } from './context';
import type { CaseCommand } from './commands';
import { eventsOfType, rejection, step, type Run } from '../test-support/fixtures';
import { explained, FINDINGS, penalty } from '../test-support/case-builder';
import { openSubjectRefsOf } from './tracks';

/**
 * Issue 16: a admits in writing, b denies. a's fast-track order (art. 57 p.3) concerns a alone; b's matter goes
 * to an investigation that runs to its own conclusion and order; the case closes when both tracks have ended.
 */
const BEFORE_TRACKS: DecisionEnvironment = { ...DEFAULT_ENVIRONMENT, ruleRevision: 1 };

const admissionOrderForA: CaseCommand = {
  type: 'IssueOrder',
  issuedBy: 'head',
  basis: 'admission',
  penalties: [penalty('a', 'remark')],
  findings: [{ personRef: 'a', facts: 'established', statement: 'A admitted insulting B in writing.' }],
};
const investigationOrder: CaseCommand = {
  type: 'OrderInvestigation',
  orderedBy: 'head',
  investigatorRef: 'inv',
};

/** b's investigation from the order to the head's order on it (b gets a reprimand). */
function investigateB(run: Run, orderedOn: string): Run {
  let r = orderedOn === '' ? run : step(run, investigationOrder, orderedOn);
  r = step(
    r,
    {
      type: 'SubmitConclusion',
      findings: FINDINGS,
      proposals: [penalty('b', 'reprimand')],
      circumstances: [],
      protectionActReferences: {},
    },
    '2025-04-11',
  );
  r = step(r, { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14');
  r = step(r, { type: 'RecordFamiliarization', personRef: 'b', outcome: 'signed' }, '2025-04-15');
  expect(r.state.stage).toBe('familiarized');
  return step(
    r,
    { type: 'IssueOrder', issuedBy: 'head', basis: 'investigation', penalties: [penalty('b', 'reprimand')] },
    '2025-04-18',
  );
}

describe('several subjects of one violation on different tracks', () => {
  const admittedAndDenied = () => explained({ a: 'admission', b: 'denial' });

  it('before separate tracks, the admission order cleared the denying subject and barred their investigation', () => {
    const withB: CaseCommand = {
      ...admissionOrderForA,
      findings: [
        { personRef: 'a', facts: 'established', statement: 'A admitted insulting B in writing.' },
        { personRef: 'b', facts: 'not-established', statement: 'B denies; nothing else was examined.' },
      ],
    };
    const run = step(admittedAndDenied(), withB, '2025-04-03', BEFORE_TRACKS);
    expect(run.state.order?.notPenalizedRefs).toEqual(['b']);
    expect(eventsOfType(run, 'RestorationStarted')[0]?.plans.map((p) => p.personRef)).toEqual(['b']);
    expect(rejection(run, investigationOrder, '2025-04-04', BEFORE_TRACKS).code).toBe(
      'COMMAND_NOT_ALLOWED_IN_STAGE',
    );
  });

  it('admission order first: it concerns only the admitting subject, the other is investigated and ordered', () => {
    let run = step(admittedAndDenied(), admissionOrderForA, '2025-04-03');
    expect(run.state.order?.notPenalizedRefs).toEqual([]);
    expect(eventsOfType(run, 'RestorationStarted')).toEqual([]);
    expect(openSubjectRefsOf(run.state)).toEqual(['b']);
    run = step(run, investigationOrder, '2025-04-03');
    run = step(run, { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' }, '2025-04-04');
    expect(run.state.stage).toBe('investigation');
    expect(run.state.protectionActs.map((p) => p.personRef)).toEqual(['b']);
    run = investigateB(run, '');
    expect(run.state.stage).toBe('order-issued');
    expect(run.state.penalties.map((p) => [p.personRef, p.penalty, p.status])).toEqual([
      ['a', 'remark', 'active'],
      ['b', 'reprimand', 'active'],
    ]);
    run = step(run, { type: 'RecordOrderAnnouncement', personRef: 'b', outcome: 'signed' }, '2025-04-18');
    expect(run.state.stage).toBe('penalty-active');
    run = step(run, { type: 'ExpirePenalty', penaltyId: 'case-1/a/v1' }, '2025-10-03');
    expect(run.state.stage).toBe('penalty-active');
    run = step(run, { type: 'ExpirePenalty', penaltyId: 'case-1/b/v1' }, '2025-10-20');
    expect(run.state.stage).toBe('closed');
  });

  it('before separate tracks, an admitting subject could not be ordered once the investigation ran', () => {
    const run = step(admittedAndDenied(), investigationOrder, '2025-04-03', BEFORE_TRACKS);
    expect(rejection(run, admissionOrderForA, '2025-04-04', BEFORE_TRACKS).code).toBe(
      'COMMAND_NOT_ALLOWED_IN_STAGE',
    );
  });

  it('investigation first: the admitting subject is still ordered on the fast track and leaves the investigation', () => {
    let run = step(admittedAndDenied(), investigationOrder, '2025-04-03');
    run = step(run, admissionOrderForA, '2025-04-04');
    expect(run.state.stage).toBe('investigation');
    expect(run.state.penalties.map((p) => p.personRef)).toEqual(['a']);
    expect(openSubjectRefsOf(run.state)).toEqual(['b']);
    // a's penalty runs meanwhile: announced while b is investigated.
    run = step(run, { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'refused' }, '2025-04-07');
    run = investigateB(run, '');
    expect(run.state.penalties.map((p) => p.personRef)).toEqual(['a', 'b']);
    expect(run.state.order?.basis).toBe('investigation');
  });

  it('a later order cannot decide the fast-tracked subject again', () => {
    const run = step(
      step(admittedAndDenied(), investigationOrder, '2025-04-03'),
      admissionOrderForA,
      '2025-04-04',
    );
    expect(rejection(run, admissionOrderForA, '2025-04-07')).toMatchObject({
      code: 'INVALID_COMMAND',
      params: { reason: 'ALREADY_DECIDED_BY_ORDER', person: 'a' },
    });
  });

  it('ending the proceedings for the denying subject clears them and leaves the other penalty running', () => {
    let run = step(admittedAndDenied(), admissionOrderForA, '2025-04-03');
    run = step(
      run,
      {
        type: 'EndProceedings',
        reason: 'not-sustained',
        statement: 'Nothing showed that B insulted anyone.',
        findings: [{ personRef: 'b', facts: 'not-established', statement: 'B did not insult A.' }],
      },
      '2025-04-07',
    );
    expect(eventsOfType(run, 'RestorationStarted').flatMap((e) => e.plans.map((p) => p.personRef))).toEqual([
      'b',
    ]);
    expect(run.state.stage).toBe('order-issued');
    run = step(run, { type: 'RecordOrderAnnouncement', personRef: 'a', outcome: 'signed' }, '2025-04-08');
    run = step(run, { type: 'ExpirePenalty', penaltyId: 'case-1/a/v1' }, '2025-10-03');
    expect(run.state.stage).toBe('closed');
  });
});
