import { DEFAULT_PINNED_ENVIRONMENT, type CaseCommand, type PinnedEnvironment } from '@qorgau/domain';
import { type DataSource } from 'typeorm';
import { CaseScopeRepository } from '../../src/cases/case-scope.repository';
import { recordDated } from './cases';
import { B_PROTECTION_ACT, FINDINGS, seedReportBody } from './seed-case';

/** One dated step of a case's history: the command and the instant it was decided at. */
export type Step = [CaseCommand, string];

/** 10:00 in Kazakhstan on `date`. */
export const at = (date: string): string => `${date}T05:00:00.000Z`;

/** The seed's report (A's allegation of the slap), discovered and registered on `on`. */
export const reported = (on: string): Step => [
  { type: 'ReportCase', ...seedReportBody(on) } as CaseCommand,
  at(on),
];

const SUBJECTS = ['officer-a', 'officer-b'] as const;

/** Explanations requested on `requestedOn`; both officers explain on `explainedOn` (denying, unless said). */
export const explained = (
  requestedOn = '2025-02-05',
  explainedOn = '2025-02-06',
  kind: 'denial' | 'admission' = 'denial',
): Step[] => [
  [{ type: 'RequestExplanations' }, at(requestedOn)],
  ...SUBJECTS.map(
    (personRef): Step => [
      { type: 'RecordExplanation', personRef, kind, documentRef: `d-${personRef.slice(-1)}` },
      at(explainedOn),
    ],
  ),
];

/** The investigation ordered on `on` by `orderedBy`, assigned to `investigatorRef`. */
export const investigationOrdered = (
  on = '2025-02-10',
  investigatorRef = 'inv-1',
  orderedBy = 'head-1',
): Step => [{ type: 'OrderInvestigation', orderedBy, investigatorRef }, at(on)];

/**
 * The seed's case in investigation: reported on 4 February 2025, explained, the investigation ordered on the 10th
 * (to `investigatorRef`), officer B's Protection Act (six items, none answered) filed on the 12th.
 */
export const protectionActFiled = (investigatorRef = 'inv-1'): Step[] => [
  reported('2025-02-04'),
  ...explained(),
  investigationOrdered('2025-02-10', investigatorRef),
  [{ type: 'FileProtectionAct', personRef: 'officer-b', items: B_PROTECTION_ACT }, at('2025-02-12')],
];

/** The conclusion's proposals of the seed's case: a remark for A, a reprimand for B. */
export const PROPOSALS = [
  { personRef: 'officer-a', violationId: 'v-insults', penalty: 'remark' },
  { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
] as const;

/**
 * The conclusion (the seed's findings and PROPOSALS) submitted, approved by `approvedBy`, and signed by both
 * officers, on the three days given.
 */
export const conclusionApproved = (
  [submittedOn, approvedOn, familiarizedOn]: readonly [string, string, string],
  approvedBy = 'head-1',
  protectionActReferences: Record<string, string[]> = {},
): Step[] => [
  [
    {
      type: 'SubmitConclusion',
      findings: FINDINGS,
      proposals: [...PROPOSALS],
      circumstances: [],
      protectionActReferences,
    },
    at(submittedOn),
  ],
  [{ type: 'ApproveConclusion', approvedBy }, at(approvedOn)],
  ...SUBJECTS.map(
    (personRef): Step => [
      { type: 'RecordFamiliarization', personRef, outcome: 'signed' },
      at(familiarizedOn),
    ],
  ),
];

export interface Registration {
  readonly registeredBy?: string;
  readonly registeredAt?: Date;
  /** The decision environment the case is pinned to (the service's default unless said). */
  readonly environment?: PinnedEnvironment;
}

/**
 * A case at the stage its steps lead to: the history recorded as the worker records it (the real decider), and
 * the case registered in `unitId` as the service registers it (with its pinned environment). No workflow runs.
 */
export async function registeredCase(
  dataSource: DataSource,
  caseId: string,
  unitId: string,
  steps: readonly Step[],
  registration: Registration = {},
): Promise<{ version: number }> {
  const { version } = await recordDated(dataSource, caseId, steps);
  await new CaseScopeRepository(dataSource).register(
    { caseId, unitId, registeredBy: registration.registeredBy ?? 'head-1' },
    registration.registeredAt ?? new Date(),
    registration.environment ?? DEFAULT_PINNED_ENVIRONMENT,
  );
  return { version };
}
