import type { CaseCommand } from '../lifecycle/commands';
import type { Finding } from '../fairness/findings';
import type { PenaltyDecision } from '../penalties/per-person';
import type { CommissionMember } from '../commission/membership';
import type { CommissionOutcome } from '../commission/vote';
import { start, step, type Run } from './fixtures';

/**
 * A standard two-subject case on the Kazakhstan calendar in April 2025 (no holidays):
 * a = applicant and subject, b = subject, w = witness; one ordinary violation committed 28 March,
 * discovered 31 March. Timeline helpers stop at each stage.
 */
export const REPORT: Extract<CaseCommand, { type: 'ReportCase' }> = {
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'a', roles: ['applicant', 'subject'] },
    { personRef: 'b', roles: ['subject'] },
    { personRef: 'w', roles: ['witness'] },
  ],
  violations: [
    {
      id: 'v1',
      description: 'Insults during a shift',
      misconductType: 'conflict-between-colleagues',
      gravity: 'ordinary',
      committedOn: '2025-03-28',
      discoveredOn: '2025-03-31',
      subjectRefs: ['a', 'b'],
    },
  ],
};

export const FINDINGS: Finding[] = [
  { personRef: 'a', facts: 'established', statement: 'A insulted B; admitted in the explanation.' },
  { personRef: 'b', facts: 'established', statement: 'B insulted A; confirmed by the witness.' },
];

export const MEMBERS: CommissionMember[] = [
  { personRef: 'm1', role: 'chair' },
  { personRef: 'm2', role: 'secretary' },
  { personRef: 'm3', role: 'member' },
  { personRef: 'm4', role: 'member' },
  { personRef: 'm5', role: 'member' },
];

export const reported = (): Run => step(start('case-1'), REPORT, '2025-04-01');

export function explained(kinds: {
  a: 'admission' | 'denial' | 'refusal';
  b: 'admission' | 'denial' | 'refusal';
}): Run {
  let run = step(reported(), { type: 'RequestExplanations' }, '2025-04-01');
  run = step(
    run,
    { type: 'RecordExplanation', personRef: 'a', kind: kinds.a, documentRef: 'exp-a' },
    '2025-04-02',
  );
  return step(
    run,
    { type: 'RecordExplanation', personRef: 'b', kind: kinds.b, documentRef: 'exp-b' },
    '2025-04-02',
  );
}

/** Investigation ordered Thursday 3 April: windows close 10 April, the month ends 3 May. */
export const investigating = (): Run =>
  step(
    explained({ a: 'denial', b: 'denial' }),
    { type: 'OrderInvestigation', orderedBy: 'head', investigatorRef: 'inv' },
    '2025-04-03',
  );

export function concluded(proposals: PenaltyDecision[], run: Run = investigating(), on = '2025-04-11'): Run {
  return step(
    run,
    {
      type: 'SubmitConclusion',
      findings: FINDINGS,
      proposals,
      circumstances: [],
      protectionActReferences: {},
    },
    on,
  );
}

export function familiarized(proposals: PenaltyDecision[]): Run {
  let run = step(concluded(proposals), { type: 'ApproveConclusion', approvedBy: 'head' }, '2025-04-14');
  run = step(run, { type: 'RecordFamiliarization', personRef: 'a', outcome: 'signed' }, '2025-04-15');
  return step(run, { type: 'RecordFamiliarization', personRef: 'b', outcome: 'refused' }, '2025-04-15');
}

export const scheduled = (proposals: PenaltyDecision[]): Run =>
  step(
    familiarized(proposals),
    { type: 'ScheduleCommissionSession', members: MEMBERS, sessionOn: '2025-04-17' },
    '2025-04-15',
  );

export const unanimous = (choice: CommissionOutcome) =>
  ['m1', 'm2', 'm3', 'm4', 'm5'].map((memberRef) => ({ memberRef, choice }));

export function commissionDecided(
  proposals: PenaltyDecision[],
  a: CommissionOutcome,
  b: CommissionOutcome,
): Run {
  return step(
    scheduled(proposals),
    {
      type: 'HoldCommissionSession',
      presentRefs: ['m1', 'm2', 'm3', 'm4', 'm5'],
      considerations: [
        { personRef: 'a', participation: 'in-person', votes: unanimous(a) },
        { personRef: 'b', participation: 'video', votes: unanimous(b) },
      ],
      protectionActReferences: {},
    },
    '2025-04-17',
  );
}

export const penalty = (
  personRef: string,
  p: PenaltyDecision['penalty'],
  violationId = 'v1',
): PenaltyDecision => ({
  personRef,
  violationId,
  penalty: p,
});
