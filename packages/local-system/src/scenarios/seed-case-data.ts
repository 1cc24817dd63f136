// The request bodies of the seed's case (DOMAIN.md: two officers in a verbal conflict, one reports a slap with no
// objective evidence), as a client sends them. Copied from apps/cases-service/test/support/seed-case.ts and the
// DTOs in apps/cases-service/src/cases/dto: the demo and tests/e2e speak only the public JSON, no domain types.

/** The people the scenario acts as (apps/cases-service/src/seed/seed-data.ts). */
export const SEED_CASE_PEOPLE = [
  'head-1',
  'officer-a',
  'officer-b',
  'inv-1',
  'secretary-1',
  'higher-1',
  'psychologist-1',
] as const;
export type SeedCasePerson = (typeof SEED_CASE_PEOPLE)[number];

/** The unit's disciplinary commission: five members, one chair, one secretary (art. 58-1). */
export const COMMISSION = [
  { personRef: 'chair-1', role: 'chair' },
  { personRef: 'secretary-1', role: 'secretary' },
  { personRef: 'member-1', role: 'member' },
  { personRef: 'member-2', role: 'member' },
  { personRef: 'member-3', role: 'member' },
] as const;

/** member-3 is absent: 4 of 5 present, the two-thirds quorum (4) is met. */
export const PRESENT = ['chair-1', 'secretary-1', 'member-1', 'member-2'] as const;

/** The head's report (рапорт), discovered on `discoveredOn`, committed the day before. */
export const seedReport = (discoveredOn: string, committedOn: string) => ({
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
export const B_PROTECTION_ACT = [
  { id: 'b-1', section: 'objections', materialRef: 'ev-report', text: 'The report is the only source' },
  {
    id: 'b-2',
    section: 'procedural-violations',
    rule: 'art. 58 p.7',
    step: 'explanation',
    text: 'Too little time was given to prepare the explanation',
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
] as const;

/** The investigator's reasoned answer to each item (every item must be answered before the conclusion). */
export const ANSWERS: Record<string, { decision: string; reason: string; verification?: string }> = {
  'b-1': {
    decision: 'granted',
    reason: 'The report is the only source: the conclusion does not treat the slap as established',
  },
  'b-2': {
    decision: 'refused',
    reason: 'The explanation was demanded with the 2 working days of the policy and given in time',
  },
  'b-3': {
    decision: 'verification-performed',
    reason: 'The recording was requested from the duty unit',
    verification: 'The corridor camera was not recording that day (duty log checked)',
  },
  'b-4': { decision: 'granted', reason: 'Without a medical report the allegation of harm stays unverified' },
  'b-5': { decision: 'granted', reason: 'Taken into account in the conclusion' },
  'b-6': {
    decision: 'partly-granted',
    reason: 'The shift log is admitted; it does not cover the moment of the conflict',
  },
};

export const FINDINGS = [
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

/** Roles differentiated: a remark for A (the applicant), a reprimand for B. */
export const PROPOSALS = [
  { personRef: 'officer-a', violationId: 'v-insults', penalty: 'remark' },
  { personRef: 'officer-b', violationId: 'v-insults', penalty: 'reprimand' },
];

export const PROTECTION_ACT_REFERENCES = { 'officer-b': B_PROTECTION_ACT.map((item) => item.id) };

/** An open vote of the members present: `counts` penalty → number of votes, in PRESENT order. */
export const votes = (counts: Record<string, number>) => {
  const choices = Object.entries(counts).flatMap(([penalty, n]) => Array<string>(n).fill(penalty));
  return PRESENT.map((memberRef, i) => ({
    memberRef,
    choice: { kind: 'penalty', penalty: choices[i] ?? 'remark' },
  }));
};

/** The self check-in of an officer who is doing fine (every answer from the questionnaire's option ids). */
export const FINE_ANSWERS = {
  isolation: 'never',
  'colleagues-attitude': 'disagree',
  'loyalty-doubt': 'disagree',
  'procedure-trust': 'agree',
  'organizational-support': 'rather-agree',
  strain: 'sometimes',
  burnout: 'never',
};

/** The reporter, stigmatized after the case (the seed's outcome): isolation at the worst level, contact wanted. */
export const STIGMATIZED_ANSWERS = {
  isolation: 'almost-always',
  'colleagues-attitude': 'agree',
  'loyalty-doubt': 'rather-agree',
  'procedure-trust': 'rather-disagree',
  'organizational-support': 'disagree',
  strain: 'often',
  burnout: 'sometimes',
};

export const STIGMATIZED_CONCERN =
  'Since the case colleagues call me an informer, and nobody wants to share a patrol shift with me.';
