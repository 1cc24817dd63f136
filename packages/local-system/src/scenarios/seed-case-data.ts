// The request bodies of the seed's case (DOMAIN.md: two officers in a verbal conflict, one reports a slap with no
// objective evidence), as a client sends them. The case itself (report, Protection Act, findings, commission) is
// the one the domain's tests use, @qorgau/domain/test-support; a command minus its `type` is the body of its
// request (the DTOs in apps/cases-service/src/cases/dto). What only the demo and tests/e2e need stays here.
import {
  bodyOf,
  B_PROTECTION_ACT,
  seedReportOfSlap,
  type ReportCaseCommand,
} from '@qorgau/domain/test-support';

export { B_PROTECTION_ACT, COMMISSION, FINDINGS } from '@qorgau/domain/test-support';

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

/** member-3 is absent: 4 of 5 present, the two-thirds quorum (4) is met. */
export const PRESENT = ['chair-1', 'secretary-1', 'member-1', 'member-2'] as const;

/** The head's report (рапорт): A's allegation of the slap, discovered on `discoveredOn`, committed on `committedOn`. */
export const seedReport = (discoveredOn: string, committedOn: string): Omit<ReportCaseCommand, 'type'> =>
  bodyOf(seedReportOfSlap(discoveredOn, committedOn));

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
