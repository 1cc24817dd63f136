import { domainError, type DomainError } from '../errors/domain-error';
import type { PenaltyKind } from '../penalties/ladder';
import type { Finding } from './findings';

export const SYMMETRIC_SANCTION_CITATION = 'art. 57 p.6; fairness guard: symmetric sanctions';

export interface SymmetricSanction {
  readonly penalty: PenaltyKind;
  readonly personRefs: readonly string[];
}

/**
 * Identical penalties for several parties of one conflict while the facts about any of them are not
 * (fully) established: the pattern of the seed's case, where both officers got the same penalty.
 */
export function symmetricSanctions(
  penalties: readonly { readonly personRef: string; readonly penalty: PenaltyKind }[],
  findings: readonly Finding[],
): SymmetricSanction[] {
  const byPenalty = new Map<PenaltyKind, Set<string>>();
  for (const p of penalties)
    byPenalty.set(p.penalty, (byPenalty.get(p.penalty) ?? new Set()).add(p.personRef));
  const unestablished = (ref: string) => findings.find((f) => f.personRef === ref)?.facts !== 'established';
  return [...byPenalty.entries()]
    .map(([penalty, refs]) => ({ penalty, personRefs: [...refs].sort() }))
    .filter((s) => s.personRefs.length > 1 && s.personRefs.some(unestablished));
}

/** The decision is accepted only with an explicit written justification when the guard fires. */
export function checkSymmetricSanction(
  sanctions: readonly SymmetricSanction[],
  justification: string | undefined,
  minLength: number,
): DomainError | undefined {
  if (sanctions.length === 0 || (justification ?? '').trim().length >= minLength) return undefined;
  return domainError('SYMMETRIC_SANCTION_JUSTIFICATION_REQUIRED', {
    persons: sanctions.map((s) => s.personRefs.join(' + ')).join('; '),
    minLength,
  });
}
