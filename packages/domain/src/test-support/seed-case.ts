import type { CaseCommand } from '../lifecycle/commands';
import type { ProtectionActItem } from '../protection-act/types';

/**
 * The seed's case (Kulmukhanbetova & Dyusebekova): two officers, a verbal conflict with mutual
 * insults, one reports a slap in the face with no video, no documented injury, no medical exam.
 */
export const SEED_REPORT: Extract<CaseCommand, { type: 'ReportCase' }> = {
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
      committedOn: '2025-02-03',
      discoveredOn: '2025-02-04',
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
};

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
