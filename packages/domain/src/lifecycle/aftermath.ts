import { absencesAsPauses } from '../clocks/absences';
import type { LimitationInput } from '../clocks/limitation';
import type { Finding } from '../fairness/findings';
import { isNotSustained, restorationPlan } from '../fairness/restoration';
import { supportPlansForDecision } from '../support/support-plan';
import type { LocalDate } from '../time/local-date';
import type { DecisionContext } from './context';
import type { CaseEvent } from './events';
import { subjectRefsOf, type CaseState, type Violation } from './state';

/** The limitation clocks for one person and one violation, with that person's blackouts and the case's pauses. */
export const limitationInputFor = (
  s: CaseState,
  violation: Violation,
  personRef: string,
  asOf: LocalDate,
): LimitationInput => ({
  discoveredOn: violation.discoveredOn,
  committedOn: violation.committedOn,
  gravity: violation.gravity,
  endedProceedings: s.endedProceedings,
  pauses: [...absencesAsPauses(s.absences.filter((a) => a.personRef === personRef)), ...s.pauses],
  asOf,
});

/**
 * What follows any decision: restoration for subjects whose allegations were not sustained, and a
 * support plan offer for every applicant and subject (and witnesses who asked).
 */
export function decisionAftermath(
  ctx: DecisionContext,
  findings: readonly Finding[],
  notPenalizedRefs: readonly string[],
): CaseEvent[] {
  const s = ctx.state;
  const { policy } = ctx.env;
  const restored = subjectRefsOf(s)
    .filter((ref) => notPenalizedRefs.includes(ref))
    .filter((ref) =>
      isNotSustained(
        findings.find((f) => f.personRef === ref),
        null,
      ),
    )
    .map((ref) => restorationPlan(ref, ctx.today, policy.restorationFollowUpDays));
  const plans = supportPlansForDecision({
    caseId: s.caseId,
    parties: s.parties,
    decidedOn: ctx.today,
    witnessRequests: s.witnessSupportRequests,
    offsetsDays: policy.supportCheckInOffsetsDays,
  });
  return [
    ...(restored.length > 0 ? [{ type: 'RestorationStarted' as const, ...ctx.meta, plans: restored }] : []),
    { type: 'SupportPlansOffered', ...ctx.meta, plans },
  ];
}
