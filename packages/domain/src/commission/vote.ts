import { domainError, type DomainError } from '../errors/domain-error';
import type { ReasonKey } from '../errors/reasons';
import { isPenaltyKind, type PenaltyKind } from '../penalties/ladder';
import { err, ok, type Result } from '../result';
import type { CommissionMember } from './membership';

/** What the commission recommends for one person (art. 58-1): a specific penalty or ending the proceedings. */
export type CommissionOutcome =
  | { readonly kind: 'penalty'; readonly penalty: PenaltyKind }
  | { readonly kind: 'end-proceedings' };

export interface CommissionVote {
  readonly memberRef: string;
  readonly choice: CommissionOutcome;
}

export interface VoteTally {
  readonly outcome: CommissionOutcome;
  readonly counts: readonly { readonly choice: CommissionOutcome; readonly votes: number }[];
  readonly present: number;
  readonly decidedByChair: boolean;
}

const keyOf = (c: CommissionOutcome): string =>
  c.kind === 'penalty' ? `penalty:${c.penalty}` : 'end-proceedings';

export const isCommissionOutcome = (v: unknown): v is CommissionOutcome =>
  typeof v === 'object' &&
  v !== null &&
  ((v as CommissionOutcome).kind === 'end-proceedings' ||
    ((v as CommissionOutcome).kind === 'penalty' && isPenaltyKind((v as { penalty?: unknown }).penalty)));

/**
 * art. 58-1: an open vote; every member present votes once (and is present once); an option wins with a
 * majority of those present; otherwise, when several options tie for the most votes, the chair's vote
 * decides among them. Anything else (no tie at the top, or the chair voted for a trailing option, or
 * the chair is absent) has no majority and needs a new vote.
 */
export function tallyVotes(
  personRef: string,
  members: readonly CommissionMember[],
  presentRefs: readonly string[],
  votes: readonly CommissionVote[],
  /** False only under rule revision 0: the chair decided only an even split between exactly two options. */
  chairBreaksAnyTie = true,
): Result<VoteTally, DomainError> {
  const voters = votes.map((v) => v.memberRef);
  const invalid = (key: ReasonKey) =>
    err(domainError('COMMISSION_VOTE_INVALID', { person: personRef, reason: key }));
  if (new Set(presentRefs).size !== presentRefs.length) return invalid('MEMBER_PRESENT_TWICE');
  if (new Set(voters).size !== voters.length) return invalid('MEMBER_VOTED_TWICE');
  if (voters.some((v) => !presentRefs.includes(v))) return invalid('VOTER_NOT_PRESENT');
  if (presentRefs.some((p) => !voters.includes(p))) return invalid('PRESENT_MEMBER_NOT_VOTING');
  const counts = new Map<string, { choice: CommissionOutcome; votes: number }>();
  for (const v of votes) {
    const entry = counts.get(keyOf(v.choice)) ?? { choice: v.choice, votes: 0 };
    counts.set(keyOf(v.choice), { choice: entry.choice, votes: entry.votes + 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.votes - a.votes);
  const present = presentRefs.length;
  const tally = (outcome: CommissionOutcome, decidedByChair: boolean): VoteTally => ({
    outcome,
    counts: ranked,
    present,
    decidedByChair,
  });
  const [first] = ranked;
  if (first && first.votes * 2 > present) return ok(tally(first.choice, false));
  const leading = ranked.filter((r) => first !== undefined && r.votes === first.votes);
  const chair = members.find((m) => m.role === 'chair');
  const chairVote = votes.find((v) => v.memberRef === chair?.personRef);
  const breakable = chairBreaksAnyTie ? leading.length >= 2 : ranked.length === 2 && leading.length === 2;
  if (breakable && chairVote && leading.some((l) => keyOf(l.choice) === keyOf(chairVote.choice))) {
    return ok(tally(chairVote.choice, true));
  }
  return err(domainError('COMMISSION_NO_MAJORITY', { person: personRef }));
}
