import { checkMembership } from '../commission/membership';
import { checkNotice, commissionNoticeClock } from '../commission/notice';
import { evaluateCommissionSession } from '../commission/session';
import { isCommissionOutcome } from '../commission/vote';
import { PARTICIPATION_KINDS } from '../commission/participation';
import { checkRecusal } from '../fairness/recusal';
import { checkSymmetricSanction, symmetricSanctions } from '../fairness/symmetric-sanction';
import { checkDecisionReferencesEveryItem } from '../protection-act/answers';
import { isBefore, isLocalDate } from '../time/local-date';
import type { CommandOf } from './commands';
import { accept, firstError, invalid, rejectWith, type Decision, type DecisionContext } from './context';
import { subjectRefsOf, type CommissionState, type ConclusionState } from './state';

/** art. 58-1: at least five members without interest, the employee notified at least 1 working day ahead. */
export function scheduleCommissionSession(
  ctx: DecisionContext,
  c: CommandOf<'ScheduleCommissionSession'>,
): Decision {
  if (!isLocalDate(c.sessionOn) || isBefore(c.sessionOn, ctx.today))
    return invalid('the session is today or later');
  const { calendar, policy } = ctx.env;
  const error = firstError(
    () => checkMembership(c.members),
    () =>
      checkRecusal(
        c.members.map((m) => ({ personRef: m.personRef, capacity: 'commission-member' as const })),
        ctx.state.parties,
        ctx.state.interests,
      ),
    () => checkNotice(calendar, ctx.today, c.sessionOn, policy.commissionNoticeWorkingDays),
  );
  if (error) return rejectWith(error);
  return accept({
    type: 'CommissionSessionScheduled',
    ...ctx.meta,
    members: c.members,
    sessionOn: c.sessionOn,
    earliestSessionOn: commissionNoticeClock(calendar, ctx.today, policy.commissionNoticeWorkingDays).dueOn,
  });
}

/**
 * art. 58-1: quorum, notice, the employee heard (or an unexcused no-show / written refusal), an open
 * vote per subject; the decision references every Protection Act item and passes the symmetric guard.
 */
export function holdCommissionSession(ctx: DecisionContext, c: CommandOf<'HoldCommissionSession'>): Decision {
  const s = ctx.state;
  const commission = s.commission as CommissionState;
  const conclusion = s.conclusion as ConclusionState;
  if (isBefore(ctx.today, commission.sessionOn))
    return invalid(`the session is scheduled for ${commission.sessionOn}`);
  const subjects = subjectRefsOf(s);
  const considered = c.considerations.map((x) => x.personRef);
  if (subjects.some((ref) => !considered.includes(ref)) || considered.length !== subjects.length) {
    return invalid('the session considers every subject once');
  }
  const wellFormed = c.considerations.every(
    (x) =>
      PARTICIPATION_KINDS.includes(x.participation) && x.votes.every((v) => isCommissionOutcome(v.choice)),
  );
  if (!wellFormed) return invalid('participation and votes must use the known values');
  const evaluated = evaluateCommissionSession(
    {
      members: commission.members,
      presentRefs: c.presentRefs,
      notifiedOn: commission.notifiedOn,
      heldOn: ctx.today,
      considerations: c.considerations,
    },
    ctx.env.calendar,
    ctx.env.policy.commissionNoticeWorkingDays,
  );
  if (!evaluated.ok) return evaluated;
  // Interests declared after the session was scheduled count too: whoever sits is checked when it is held.
  const recusal = checkRecusal(
    c.presentRefs.map((personRef) => ({ personRef, capacity: 'commission-member' as const })),
    s.parties,
    s.interests,
  );
  if (recusal) return rejectWith(recusal);
  const recommended = evaluated.value.flatMap((r) =>
    r.outcome.kind === 'penalty' ? [{ personRef: r.personRef, penalty: r.outcome.penalty }] : [],
  );
  const error = firstError(
    () => checkDecisionReferencesEveryItem(s.protectionActs, c.protectionActReferences),
    () =>
      checkSymmetricSanction(
        symmetricSanctions(recommended, conclusion.findings),
        c.symmetricSanctionJustification,
        ctx.env.policy.symmetricJustificationMinLength,
      ),
  );
  if (error) return rejectWith(error);
  return accept({
    type: 'CommissionSessionHeld',
    ...ctx.meta,
    presentRefs: c.presentRefs,
    recommendations: evaluated.value,
    protectionActReferences: c.protectionActReferences,
    symmetricSanctionJustification: c.symmetricSanctionJustification ?? null,
  });
}
