import type { WorkingCalendar } from '../calendar/day-info';
import { domainError, type DomainError } from '../errors/domain-error';
import { err, ok, type Result } from '../result';
import type { LocalDate } from '../time/local-date';
import { checkMembership, type CommissionMember } from './membership';
import { checkNotice } from './notice';
import { checkParticipation, type EmployeeParticipation } from './participation';
import { checkQuorum } from './quorum';
import { tallyVotes, type CommissionOutcome, type CommissionVote, type VoteTally } from './vote';

/** The employee's consideration at one session: how they took part and the open vote on them. */
export interface SubjectConsideration {
  readonly personRef: string;
  readonly participation: EmployeeParticipation;
  readonly votes: readonly CommissionVote[];
}

export interface CommissionSessionInput {
  readonly members: readonly CommissionMember[];
  readonly presentRefs: readonly string[];
  readonly notifiedOn: LocalDate;
  readonly heldOn: LocalDate;
  readonly considerations: readonly SubjectConsideration[];
}

export interface SubjectRecommendation {
  readonly personRef: string;
  readonly participation: EmployeeParticipation;
  readonly outcome: CommissionOutcome;
  readonly tally: VoteTally;
}

/** Every rule of art. 58-1 for one sitting, in the order a chair would check them. */
export function evaluateCommissionSession(
  input: CommissionSessionInput,
  calendar: WorkingCalendar,
  noticeWorkingDays: number,
  chairBreaksAnyTie = true,
): Result<SubjectRecommendation[], DomainError> {
  const membership = checkMembership(input.members);
  if (membership) return err(membership);
  const memberRefs = input.members.map((m) => m.personRef);
  const stranger = input.presentRefs.find((p) => !memberRefs.includes(p));
  if (stranger !== undefined) {
    return err(domainError('INVALID_COMMAND', { reason: 'NOT_A_COMMISSION_MEMBER', person: stranger }));
  }
  if (new Set(input.presentRefs).size !== input.presentRefs.length) {
    return err(domainError('COMMISSION_VOTE_INVALID', { reason: 'MEMBER_PRESENT_TWICE' }));
  }
  const quorum = checkQuorum(input.members.length, input.presentRefs.length);
  if (quorum) return err(quorum);
  const notice = checkNotice(calendar, input.notifiedOn, input.heldOn, noticeWorkingDays);
  if (notice) return err(notice);
  const recommendations: SubjectRecommendation[] = [];
  for (const c of input.considerations) {
    const heard = checkParticipation(c.personRef, c.participation);
    if (heard) return err(heard);
    const tally = tallyVotes(c.personRef, input.members, input.presentRefs, c.votes, chairBreaksAnyTie);
    if (!tally.ok) return tally;
    recommendations.push({
      personRef: c.personRef,
      participation: c.participation,
      outcome: tally.value.outcome,
      tally: tally.value,
    });
  }
  return ok(recommendations);
}
