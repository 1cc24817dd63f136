// The seed's case (Kulmukhanbetova & Dyusebekova), written once for every test and the demo: two officers, a
// verbal conflict with mutual insults, one reports a slap in the face with no video, no documented injury, no
// medical exam. Built into its own entry, `@qorgau/domain/test-support` (package.json `exports`), so that the
// domain's tests, the workflow worker's and cases-service's tests and packages/local-system (HTTP bodies: a command
// minus its `type`, see `bodyOf`) share it, while the main entry `@qorgau/domain` ships no fixtures.
import type { CommissionMember } from '../commission/membership';
import type { Allegation, EvidenceItem } from '../fairness/evidence-basis';
import type { Finding } from '../fairness/findings';
import type { CaseCommand } from '../lifecycle/commands';
import type { PenaltyDecision } from '../penalties/per-person';
import type { ProtectionActItem } from '../protection-act/types';
import { addDays, type LocalDate } from '../time/local-date';

export type ReportCaseCommand = Extract<CaseCommand, { type: 'ReportCase' }>;

/** A command as the body of its HTTP request: the command minus its `type` (the route names it). */
export const bodyOf = <C extends CaseCommand>({ type: _type, ...body }: C): Omit<C, 'type'> => body;

/** Officer A's allegation: slapped in the face by officer B, with nothing objective behind it. */
export const SLAP_ALLEGATION: Allegation = {
  id: 'al-slap',
  byRef: 'officer-a',
  againstRef: 'officer-b',
  kind: 'physical-harm',
  description: 'Officer A reports being slapped in the face by officer B',
};

/** Officer B's counter-allegation: the mutual insults. */
export const INSULTS_ALLEGATION: Allegation = {
  id: 'al-insults',
  byRef: 'officer-b',
  againstRef: 'officer-a',
  kind: 'verbal-abuse',
  description: 'Mutual insults',
};

/** Officer A's report (рапорт): the only source of the slap claim. */
export const REPORT_EVIDENCE: EvidenceItem = {
  id: 'ev-report',
  kind: 'party-statement',
  description: "Officer A's report (рапорт)",
  allegationIds: ['al-slap'],
};

/**
 * The report of the case discovered on `discoveredOn` (committed the day before unless `committedOn` says
 * otherwise), with both allegations and A's report as evidence.
 */
export const seedReport = (
  discoveredOn: LocalDate,
  committedOn: LocalDate = addDays(discoveredOn, -1),
): ReportCaseCommand => ({
  type: 'ReportCase',
  source: 'report',
  parties: [
    { personRef: 'officer-a', roles: ['applicant', 'subject'] },
    { personRef: 'officer-b', roles: ['subject'] },
    { personRef: 'colleague-c', roles: ['witness'] },
  ],
  violations: [
    {
      id: 'v-insults',
      description: 'Mutual insults between colleagues during service',
      misconductType: 'conflict-between-colleagues',
      gravity: 'ethics',
      committedOn,
      discoveredOn,
      subjectRefs: ['officer-a', 'officer-b'],
    },
  ],
  allegations: [SLAP_ALLEGATION, INSULTS_ALLEGATION],
  evidence: [REPORT_EVIDENCE],
});

/** The report as the seed has it: discovered on 4 February 2025. */
export const SEED_REPORT: ReportCaseCommand = seedReport('2025-02-04');

/** The report with A's allegation of the slap only (the mutual insults stay the violation), as the services get it. */
export const seedReportOfSlap = (discoveredOn: LocalDate, committedOn?: LocalDate): ReportCaseCommand => ({
  ...seedReport(discoveredOn, committedOn),
  allegations: [SLAP_ALLEGATION],
});

export const hash = (ch: string): string => `sha256:${ch.repeat(64)}`;

/** Officer B's Protection Act: one item in each of the six sections. */
export const B_PROTECTION_ACT: ProtectionActItem[] = [
  {
    id: 'b-1',
    section: 'objections',
    materialRef: 'ev-report',
    text: 'The report is the only source of the slap claim',
  },
  {
    id: 'b-2',
    section: 'procedural-violations',
    rule: 'art. 58 p.7',
    step: 'explanation',
    text: 'Only one day was given to prepare the explanation',
  },
  {
    id: 'b-3',
    section: 'verification-requests',
    action: 'recording',
    target: 'corridor CCTV',
    text: 'Check the corridor camera',
  },
  {
    id: 'b-4',
    section: 'questionable-evidence',
    evidenceRef: 'ev-report',
    reason: 'No medical examination was made',
  },
  {
    id: 'b-5',
    section: 'legal-justification',
    citations: ['Law 380-IV art. 58 p.7'],
    text: 'Right to present evidence',
  },
  {
    id: 'b-6',
    section: 'protection-evidence',
    attachments: [{ name: 'shift-log.pdf', contentHash: hash('a'), mediaType: 'application/pdf' }],
    text: 'Shift log shows B left the room first',
  },
];

/** The investigator's findings: the insults established for both, the slap not established. */
export const FINDINGS: Finding[] = [
  {
    personRef: 'officer-a',
    facts: 'partly-established',
    statement:
      'Took part in the mutual insults; the alleged slap could not be verified (no recording, injury or exam).',
  },
  {
    personRef: 'officer-b',
    facts: 'partly-established',
    statement: 'Took part in the mutual insults; the slap alleged against B is not established.',
  },
  { personRef: 'colleague-c', facts: 'not-established', statement: 'Heard raised voices only.' },
];

/** Identical penalties for both officers (the symmetric sanction the fairness guard scrutinises). */
export const IDENTICAL: PenaltyDecision[] = [
  { personRef: 'officer-a', violationId: 'v-insults', penalty: 'reprimand' },
  { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
];

export const JUSTIFICATION =
  'Both officers insulted each other to the same degree, established by both explanations; the slap is not part of the penalty.';

/** The unit's disciplinary commission: five members, one chair, one secretary (art. 58-1). */
export const COMMISSION: CommissionMember[] = [
  { personRef: 'chair-1', role: 'chair' },
  { personRef: 'secretary-1', role: 'secretary' },
  { personRef: 'member-1', role: 'member' },
  { personRef: 'member-2', role: 'member' },
  { personRef: 'member-3', role: 'member' },
];
