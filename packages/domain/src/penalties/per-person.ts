import { domainError, type DomainError } from '../errors/domain-error';
import type { PenaltyKind } from './ladder';

/** A penalty for one person for one violation (art. 57 p.5-6: one per violation, each person separately). */
export interface PenaltyDecision {
  readonly personRef: string;
  readonly violationId: string;
  readonly penalty: PenaltyKind;
}

export interface ViolationSubjects {
  readonly id: string;
  readonly subjectRefs: readonly string[];
}

/**
 * art. 57 p.5: one penalty per violation and person; art. 57 p.6: each participant of a joint
 * violation is penalized separately, and only a subject of that violation can be penalized for it.
 */
export function checkPenaltiesPerPerson(
  decisions: readonly PenaltyDecision[],
  violations: readonly ViolationSubjects[],
): DomainError | undefined {
  const seen = new Set<string>();
  for (const d of decisions) {
    const violation = violations.find((v) => v.id === d.violationId);
    if (!violation || !violation.subjectRefs.includes(d.personRef)) {
      return domainError('PENALTY_PER_PERSON', { person: d.personRef, violation: d.violationId });
    }
    const key = `${d.personRef}\u0000${d.violationId}`;
    if (seen.has(key)) return domainError('ONE_PENALTY_PER_VIOLATION', { person: d.personRef });
    seen.add(key);
  }
  return undefined;
}
