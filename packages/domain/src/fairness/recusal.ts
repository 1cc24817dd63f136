import { domainError, type DomainError } from '../errors/domain-error';
import type { Party } from './parties';

/** A direct or indirect interest a participant has declared (or that was found) in a party. */
export interface DeclaredInterest {
  readonly participantRef: string;
  readonly partyRef: string;
  readonly kind: 'relative' | 'line-manager' | 'subordinate' | 'personal-interest' | 'other';
}

export type ParticipantCapacity =
  | 'investigator'
  | 'ordering-head'
  | 'approving-head'
  | 'order-issuer'
  | 'appeal-official'
  | 'commission-member';

/**
 * art. 58 p.2: nobody with a direct or indirect interest takes part; results are invalid otherwise.
 * A party (any role) has a direct interest; a declared interest in a party is an indirect one.
 */
export function checkRecusal(
  participants: readonly { readonly personRef: string; readonly capacity: ParticipantCapacity }[],
  parties: readonly Party[],
  interests: readonly DeclaredInterest[],
): DomainError | undefined {
  for (const p of participants) {
    const party = parties.find((x) => x.personRef === p.personRef);
    if (party)
      return domainError('RECUSAL_REQUIRED', {
        person: p.personRef,
        capacity: p.capacity,
        interest: 'party',
      });
    const interest = interests.find(
      (i) => i.participantRef === p.personRef && parties.some((x) => x.personRef === i.partyRef),
    );
    if (interest) {
      return domainError('RECUSAL_REQUIRED', {
        person: p.personRef,
        capacity: p.capacity,
        interest: interest.kind,
      });
    }
  }
  return undefined;
}
