import type { Party } from './parties';
import { hasRole, principalRefs, refsWithRole } from './parties';
import { checkFindings, undifferentiatedFindings, type Finding } from './findings';
import {
  evidenceBasisFlags,
  isIndependentWitness,
  isObjectiveEvidence,
  type Allegation,
  type EvidenceItem,
} from './evidence-basis';
import { checkSymmetricSanction, symmetricSanctions } from './symmetric-sanction';
import { summarizeComparablePenalties, type PastCase } from './consistency';
import { checkRecusal } from './recusal';
import { isNotSustained, restorationPlan } from './restoration';

const parties: Party[] = [
  { personRef: 'a', roles: ['applicant', 'subject'] },
  { personRef: 'b', roles: ['subject'] },
  { personRef: 'w', roles: ['witness'] },
];
const slap: Allegation = {
  id: 'al-1',
  byRef: 'a',
  againstRef: 'b',
  kind: 'physical-harm',
  description: 'slap',
};
const finding = (personRef: string, facts: Finding['facts'], statement = `about ${personRef}`): Finding => ({
  personRef,
  facts,
  statement,
});

describe('role differentiation: findings per person', () => {
  it('knows roles', () => {
    expect(hasRole(parties, 'a', 'applicant')).toBe(true);
    expect(refsWithRole(parties, 'subject')).toEqual(['a', 'b']);
    expect(principalRefs(parties)).toEqual(['a', 'b']);
  });

  it('every applicant and subject has exactly one finding; witnesses may', () => {
    expect(
      checkFindings(parties, [finding('a', 'established'), finding('b', 'not-established')]),
    ).toBeUndefined();
    expect(checkFindings(parties, [finding('a', 'established')])).toMatchObject({
      code: 'FINDINGS_MISSING_FOR_PARTY',
      params: { person: 'b' },
    });
    expect(checkFindings(parties, [finding('x', 'established')])?.code).toBe('FINDINGS_INVALID');
    expect(checkFindings(parties, [finding('a', 'established'), finding('a', 'established')])?.code).toBe(
      'FINDINGS_INVALID',
    );
    expect(checkFindings(parties, [finding('a', 'established', ' ')])?.code).toBe('FINDINGS_INVALID');
    expect(
      checkFindings(parties, [{ ...finding('a', 'established'), facts: 'probably' as 'established' }])?.code,
    ).toBe('FINDINGS_INVALID');
  });

  it('spots word-for-word identical findings (roles not told apart)', () => {
    expect(
      undifferentiatedFindings([
        finding('a', 'established', 'Both  violated the rules'),
        finding('b', 'established', 'both violated the rules'),
        finding('w', 'established', 'Saw it'),
      ]),
    ).toEqual([['a', 'b']]);
  });
});

describe('evidence basis: physical-harm allegations need objective evidence', () => {
  const ev = (over: Partial<EvidenceItem>): EvidenceItem => ({
    id: 'e',
    kind: 'party-statement',
    description: 'd',
    allegationIds: ['al-1'],
    ...over,
  });

  it('flags a physical-harm allegation supported only by the parties’ statements', () => {
    expect(evidenceBasisFlags([slap], [ev({})], parties)).toEqual([
      expect.objectContaining({ kind: 'evidence-basis', allegationId: 'al-1', byRef: 'a', againstRef: 'b' }),
    ]);
    expect(evidenceBasisFlags([{ ...slap, kind: 'verbal-abuse' }], [], parties)).toEqual([]);
  });

  it('a recording, documented injury, medical report or independent witness clears the flag', () => {
    for (const kind of ['recording', 'documented-injury', 'medical-report'] as const) {
      expect(evidenceBasisFlags([slap], [ev({ kind })], parties)).toEqual([]);
    }
    expect(evidenceBasisFlags([slap], [ev({ kind: 'witness-statement', witnessRef: 'w' })], parties)).toEqual(
      [],
    );
    expect(
      evidenceBasisFlags([slap], [ev({ kind: 'witness-statement', witnessRef: 'outsider' })], parties),
    ).toEqual([]);
  });

  it('a party is no independent witness, and evidence for another allegation does not count', () => {
    expect(isIndependentWitness(parties, slap, 'a')).toBe(false);
    expect(isIndependentWitness(parties, { ...slap, byRef: 'w2', againstRef: 'w3' }, 'b')).toBe(false);
    expect(isObjectiveEvidence(parties, slap, ev({ kind: 'witness-statement' }))).toBe(false);
    expect(isObjectiveEvidence(parties, slap, ev({ kind: 'recording', allegationIds: ['al-2'] }))).toBe(
      false,
    );
    expect(
      evidenceBasisFlags([slap], [ev({ kind: 'witness-statement', witnessRef: 'b' })], parties),
    ).toHaveLength(1);
  });
});

describe('symmetric-sanction guard', () => {
  const same = [
    { personRef: 'a', penalty: 'reprimand' as const },
    { personRef: 'b', penalty: 'reprimand' as const },
  ];
  it('fires for identical penalties while facts are not established', () => {
    const s = symmetricSanctions(same, [finding('a', 'established'), finding('b', 'partly-established')]);
    expect(s).toEqual([{ penalty: 'reprimand', personRefs: ['a', 'b'] }]);
    expect(checkSymmetricSanction(s, undefined, 40)).toMatchObject({
      code: 'SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED',
      params: { persons: 'a + b', minLength: 40 },
    });
    expect(checkSymmetricSanction(s, 'too short', 40)?.code).toBe(
      'SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED',
    );
    expect(checkSymmetricSanction(s, 'x'.repeat(40), 40)).toBeUndefined();
  });

  it('does not fire for established facts, different penalties or a single person', () => {
    expect(symmetricSanctions(same, [finding('a', 'established'), finding('b', 'established')])).toEqual([]);
    expect(symmetricSanctions([same[0]!, { personRef: 'b', penalty: 'remark' }], [])).toEqual([]);
    expect(symmetricSanctions([same[0]!], [])).toEqual([]);
    expect(checkSymmetricSanction([], undefined, 40)).toBeUndefined();
  });

  it('treats a person without a finding as not established', () => {
    expect(symmetricSanctions(same, [finding('a', 'established')])).toHaveLength(1);
  });
});

describe('consistency: anonymized comparable past penalties', () => {
  const past: PastCase[] = [
    {
      caseRef: 'c1',
      misconductType: 'conflict',
      outcomes: [
        { personRef: 'p1', penalty: 'remark' },
        { personRef: 'p2', penalty: null },
      ],
    },
    { caseRef: 'c2', misconductType: 'conflict', outcomes: [{ personRef: 'p3', penalty: 'reprimand' }] },
    {
      caseRef: 'c3',
      misconductType: 'conflict',
      outcomes: [
        { personRef: 'p4', penalty: 'remark' },
        { personRef: 'p5', penalty: 'remark' },
      ],
    },
    { caseRef: 'c4', misconductType: 'absence', outcomes: [{ personRef: 'p6', penalty: 'dismissal' }] },
  ];

  it('summarizes outcomes of the same misconduct type, in ladder order, without identities', () => {
    const summary = summarizeComparablePenalties(past, 'conflict', 5);
    expect(summary).toEqual({
      misconductType: 'conflict',
      comparableDecisions: 5,
      suppressed: false,
      distribution: [
        { outcome: 'no-penalty', count: 1 },
        { outcome: 'remark', count: 3 },
        { outcome: 'reprimand', count: 1 },
      ],
    });
    expect(JSON.stringify(summary)).not.toMatch(/p\d|c\d/);
  });

  it('suppresses the distribution below the minimum cohort and excludes the current case', () => {
    expect(summarizeComparablePenalties(past, 'conflict', 5, 'c3')).toMatchObject({
      comparableDecisions: 3,
      suppressed: true,
      distribution: [],
    });
  });
});

describe('recusal (art. 58 p.2)', () => {
  it('parties and people with a declared interest may not take part', () => {
    expect(checkRecusal([{ personRef: 'inv', capacity: 'investigator' }], parties, [])).toBeUndefined();
    expect(checkRecusal([{ personRef: 'w', capacity: 'investigator' }], parties, [])).toMatchObject({
      code: 'RECUSAL_REQUIRED',
      citation: 'art. 58 p.2',
      params: { person: 'w', interest: 'party' },
    });
    expect(
      checkRecusal([{ personRef: 'inv', capacity: 'commission-member' }], parties, [
        { participantRef: 'inv', partyRef: 'b', kind: 'relative' },
      ]),
    ).toMatchObject({ params: { interest: 'relative', capacity: 'commission-member' } });
    expect(
      checkRecusal([{ personRef: 'inv', capacity: 'investigator' }], parties, [
        { participantRef: 'inv', partyRef: 'stranger', kind: 'relative' },
      ]),
    ).toBeUndefined();
  });
});

describe('restoration when allegations are not sustained', () => {
  it('applies when there is no penalty and facts are not established', () => {
    expect(isNotSustained(finding('b', 'not-established'), null)).toBe(true);
    expect(isNotSustained(undefined, null)).toBe(true);
    expect(isNotSustained(finding('b', 'established'), null)).toBe(false);
    expect(isNotSustained(finding('b', 'not-established'), 'remark')).toBe(false);
  });

  it('notice of findings, exclusion from risk indicators, HR follow-up', () => {
    expect(restorationPlan('b', '2025-04-01', 7)).toEqual({
      personRef: 'b',
      findingsNoticeOn: '2025-04-01',
      excludedFromRiskIndicators: true,
      hrFollowUpOn: '2025-04-08',
      citation: 'fairness guard: restoration when allegations are not sustained',
    });
  });
});
