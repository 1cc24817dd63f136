import { domainError, type DomainError } from '../errors/domain-error';

export type CommissionRole = 'chair' | 'secretary' | 'member';

export interface CommissionMember {
  readonly personRef: string;
  readonly role: CommissionRole;
}

/** art. 58-1: a disciplinary commission has at least five members. */
export const MIN_COMMISSION_SIZE = 5;

/** art. 58-1: at least 5 members, one chair, one secretary, nobody twice. */
export function checkMembership(members: readonly CommissionMember[]): DomainError | undefined {
  const refs = new Set(members.map((m) => m.personRef));
  if (refs.size !== members.length) return domainError('INVALID_COMMAND', { reason: 'MEMBER_LISTED_TWICE' });
  if (members.length < MIN_COMMISSION_SIZE)
    return domainError('COMMISSION_TOO_SMALL', { size: members.length });
  const count = (role: CommissionRole) => members.filter((m) => m.role === role).length;
  return count('chair') === 1 && count('secretary') === 1
    ? undefined
    : domainError('COMMISSION_CHAIR_REQUIRED');
}
