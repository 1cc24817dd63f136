import { reason } from '../errors/reasons';
import { checkMembership } from '../commission/membership';
import { checkNotice, commissionNoticeClock } from '../commission/notice';
import { evaluateCommissionSession, type SubjectRecommendation } from '../commission/session';
import { isCommissionOutcome } from '../commission/vote';
import { PARTICIPATION_KINDS } from '../commission/participation';
import { reviewConsistency, summarizeComparablePenalties } from '../fairness/consistency';
import { checkRecusal } from '../fairness/recusal';
import { circumstanceSummary, isRepeatWhileActive } from '../penalties/circumstances';
import { checkSymmetricSanction, symmetricSanctions } from '../fairness/symmetric-sanction';
import { checkDecisionReferencesEveryItem } from '../protection-act/answers';
import { isBefore, isLocalDate } from '../time/local-date';
import type { CommandOf } from './commands';
import {
  accept,
  firstError,
  invalid,
  reject,
  rejectWith,
  rulesSince,
  type Decision,
  type DecisionContext,
} from './context';
import type { CommissionMinutesEntry } from './events';
import { subjectRefsOf, type CommissionState, type ConclusionState } from './state';
import { openSubjectRefsOf, separateTracks } from './tracks';

/** art. 58-1: at least five members without interest, the employee notified at least 1 working day ahead. */
export function scheduleCommissionSession(
  ctx: DecisionContext,
  c: CommandOf<'ScheduleCommissionSession'>,
): Decision {
  if (!isLocalDate(c.sessionOn) || isBefore(c.sessionOn, ctx.today))
    return invalid('SESSION_DATE_BEFORE_TODAY');
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
 * What the commission decides on per person (art. 57 p.2-1, p.2-2; consistency guard): the conclusion's
 * circumstances, whether a penalty from another case was in force when the violation was committed (a repeat
 * offence aggravates, derived from the record so it is never forgotten), and the decision against the typical
 * outcome of comparable decided cases (same misconduct type; anonymized, suppressed below the minimum cohort).
 */
function commissionMinutes(
  ctx: DecisionContext,
  c: CommandOf<'HoldCommissionSession'>,
  recommendations: readonly SubjectRecommendation[],
): CommissionMinutesEntry[] {
  const s = ctx.state;
  const conclusion = s.conclusion as ConclusionState;
  const record = c.record ?? { comparableCases: [], priorPenalties: [] };
  return recommendations.map((r) => {
    const violations = s.violations.filter((v) => v.subjectRefs.includes(r.personRef));
    const misconductType = violations[0]?.misconductType ?? '';
    const summary = summarizeComparablePenalties(
      record.comparableCases,
      misconductType,
      ctx.env.policy.consistencyMinimumCohort,
      s.caseId,
    );
    const decided = r.outcome.kind === 'penalty' ? r.outcome.penalty : 'no-penalty';
    const own = conclusion.circumstances.find((x) => x.personRef === r.personRef);
    const prior = record.priorPenalties.filter((p) => p.personRef === r.personRef);
    return {
      personRef: r.personRef,
      circumstances: own ? circumstanceSummary(own) : [],
      repeatWhilePenaltyActive: violations.some((v) => isRepeatWhileActive(prior, v.committedOn)),
      consistency: reviewConsistency(
        r.personRef,
        summary,
        decided,
        ctx.env.policy.consistencyBandSteps,
        c.consistencyReasons?.[r.personRef],
      ),
    };
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
    return invalid(reason('SESSION_NOT_YET_HELD', { sessionOn: commission.sessionOn }));
  const subjects = separateTracks(ctx.env) ? openSubjectRefsOf(s) : subjectRefsOf(s);
  const considered = c.considerations.map((x) => x.personRef);
  if (subjects.some((ref) => !considered.includes(ref)) || considered.length !== subjects.length) {
    return invalid('SESSION_CONSIDERS_EVERY_SUBJECT_ONCE');
  }
  const wellFormed = c.considerations.every(
    (x) =>
      PARTICIPATION_KINDS.includes(x.participation) && x.votes.every((v) => isCommissionOutcome(v.choice)),
  );
  if (!wellFormed) return invalid('SESSION_VALUES_UNKNOWN');
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
    rulesSince(ctx.env, 1),
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
  const minutes = rulesSince(ctx.env, 1) ? commissionMinutes(ctx, c, evaluated.value) : undefined;
  const unreasoned = minutes?.find((m) => m.consistency.beyondBand && m.consistency.reason === null);
  if (unreasoned) {
    const { consistency } = unreasoned;
    return reject('CONSISTENCY_REASON_REQUIRED', {
      person: unreasoned.personRef,
      proposed: consistency.decided,
      typical: consistency.typical ?? '',
      steps: consistency.departureSteps,
      band: ctx.env.policy.consistencyBandSteps,
    });
  }
  return accept({
    type: 'CommissionSessionHeld',
    ...ctx.meta,
    presentRefs: c.presentRefs,
    recommendations: evaluated.value,
    protectionActReferences: c.protectionActReferences,
    symmetricSanctionJustification: c.symmetricSanctionJustification ?? null,
    ...(minutes ? { minutes } : {}),
  });
}
