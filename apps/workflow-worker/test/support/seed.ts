import {
  addDays,
  type CaseCommand,
  type Finding,
  type LocalDate,
  type PenaltyDecision,
  type ProtectionActItem,
} from '@qorgau/domain';

/**
 * The seed's case (packages/domain/src/test-support/seed-case.ts), with its dates moved next to the test server's
 * clock: two officers, mutual insults, a slap alleged without objective evidence, identical penalties proposed.
 */
export const seedReport = (discoveredOn: LocalDate): Extract<CaseCommand, { type: 'ReportCase' }> => ({
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
      committedOn: addDays(discoveredOn, -1),
      discoveredOn,
      subjectRefs: ['officer-a', 'officer-b'],
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
    {
      id: 'al-insults',
      byRef: 'officer-b',
      againstRef: 'officer-a',
      kind: 'verbal-abuse',
      description: 'Mutual insults',
    },
  ],
  evidence: [
    {
      id: 'ev-report',
      kind: 'party-statement',
      description: "Officer A's report (рапорт)",
      allegationIds: ['al-slap'],
    },
  ],
});

const hash = (ch: string): string => `sha256:${ch.repeat(64)}`;

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

export const IDENTICAL: PenaltyDecision[] = [
  { personRef: 'officer-a', violationId: 'v-insults', penalty: 'reprimand' },
  { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
];

export const JUSTIFICATION =
  'Both officers insulted each other to the same degree, established by both explanations; the slap is not part of the penalty.';
