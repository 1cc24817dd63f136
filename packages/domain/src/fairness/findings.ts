import { domainError, type DomainError } from '../errors/domain-error';
import { principalRefs, type Party } from './parties';

export type FactsStatus = 'established' | 'partly-established' | 'not-established';
export const FACTS_STATUSES: readonly FactsStatus[] = [
  'established',
  'partly-established',
  'not-established',
];

/** What the decision finds about one person, in its own words. */
export interface Finding {
  readonly personRef: string;
  readonly facts: FactsStatus;
  readonly statement: string;
}

export const ROLE_DIFFERENTIATION_CITATION = 'art. 57 p.6; fairness guard: role differentiation';

/** Role differentiation: one finding per person, only for parties, for every applicant and subject. */
export function checkFindings(
  parties: readonly Party[],
  findings: readonly Finding[],
): DomainError | undefined {
  const seen = new Set<string>();
  for (const f of findings) {
    if (!parties.some((p) => p.personRef === f.personRef)) {
      return domainError('FINDINGS_INVALID', { reason: 'FINDING_NOT_A_PARTY', person: f.personRef });
    }
    if (seen.has(f.personRef))
      return domainError('FINDINGS_INVALID', { reason: 'FINDING_TWICE', person: f.personRef });
    if (!FACTS_STATUSES.includes(f.facts) || f.statement.trim().length === 0) {
      return domainError('FINDINGS_INVALID', { reason: 'FINDING_FACTS_MISSING', person: f.personRef });
    }
    seen.add(f.personRef);
  }
  const missing = principalRefs(parties).find((ref) => !seen.has(ref));
  return missing === undefined ? undefined : domainError('FINDINGS_MISSING_FOR_PARTY', { person: missing });
}

const normalize = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Groups of people whose findings are word for word the same: a sign that roles were not told apart. */
export function undifferentiatedFindings(findings: readonly Finding[]): string[][] {
  const byText = new Map<string, string[]>();
  for (const f of findings)
    byText.set(normalize(f.statement), [...(byText.get(normalize(f.statement)) ?? []), f.personRef]);
  return [...byText.values()].filter((refs) => refs.length > 1);
}
