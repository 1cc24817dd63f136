import { addDays, type CommissionMember, type Finding, type ProtectionActItem } from '@qorgau/domain';

/** The seed's report as the body of POST /cases, discovered on `discoveredOn`. */
export const seedReportBody = (discoveredOn: string) => ({
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
      committedOn: addDays(discoveredOn as never, -1),
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
  ],
  evidence: [
    {
      id: 'ev-report',
      kind: 'party-statement',
      description: "Officer A's report",
      allegationIds: ['al-slap'],
    },
  ],
});

/** Officer B's Protection Act: one item in each of the six sections. */
export const B_PROTECTION_ACT: ProtectionActItem[] = [
  { id: 'b-1', section: 'objections', materialRef: 'ev-report', text: 'The report is the only source' },
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
    attachments: [
      { name: 'shift-log.pdf', contentHash: `sha256:${'a'.repeat(64)}`, mediaType: 'application/pdf' },
    ],
    text: 'Shift log shows B left the room first',
  },
];

export const FINDINGS: Finding[] = [
  {
    personRef: 'officer-a',
    facts: 'partly-established',
    statement: 'Took part in the mutual insults; the alleged slap could not be verified.',
  },
  {
    personRef: 'officer-b',
    facts: 'partly-established',
    statement: 'Took part in the mutual insults; the slap alleged against B is not established.',
  },
  { personRef: 'colleague-c', facts: 'not-established', statement: 'Heard raised voices only.' },
];

/** The unit's disciplinary commission: five members, one chair, one secretary. */
export const COMMISSION: CommissionMember[] = [
  { personRef: 'chair-1', role: 'chair' },
  { personRef: 'secretary-1', role: 'secretary' },
  { personRef: 'member-1', role: 'member' },
  { personRef: 'member-2', role: 'member' },
  { personRef: 'member-3', role: 'member' },
];
