import type { ClockAnswer } from '../clocks/clock';
import { investigationClock } from '../clocks/investigation';
import { limitationClocks } from '../clocks/limitation';
import {
  appealClock,
  conclusionApprovalClock,
  familiarizationClock,
  orderAnnouncementClock,
  suspensionAnnouncementClock,
} from '../clocks/procedural';
import { earlyLiftingClock, penaltyExpiryClock } from '../clocks/penalty-term';
import { windowClock } from '../protection-act/window';
import type { LocalDate } from '../time/local-date';
import { DEFAULT_ENVIRONMENT, rulesSince, type DecisionEnvironment } from './context';
import { limitationInputFor } from './aftermath';
import type { CaseState } from './state';

/** One running clock of a case, with whom and what it concerns. */
export interface CaseDeadline {
  readonly clock: ClockAnswer;
  readonly personRef?: string;
  readonly violationId?: string;
  readonly penaltyId?: string;
}

const BEFORE_ORDER = [
  'reported',
  'explanation-requested',
  'investigation',
  'conclusion-submitted',
  'conclusion-approved',
  'familiarized',
  'commission-scheduled',
  'commission-decided',
];

/**
 * Every clock that currently runs for the case, each answering when it is due and why: what the
 * workflow turns into timers and what the people involved see.
 */
export function caseDeadlines(
  s: CaseState,
  asOf: LocalDate,
  env: DecisionEnvironment = DEFAULT_ENVIRONMENT,
): CaseDeadline[] {
  const out: CaseDeadline[] = [];
  const { calendar, policy } = env;
  if (BEFORE_ORDER.includes(s.stage)) {
    for (const v of s.violations) {
      for (const personRef of v.subjectRefs) {
        const answer = limitationClocks(limitationInputFor(s, v, personRef, asOf));
        const binding = answer.clocks.find((c) => c.clock === answer.binding) as ClockAnswer;
        out.push({ clock: binding, personRef, violationId: v.id });
      }
    }
  }
  const inv = s.investigation;
  if (s.stage === 'investigation' && inv) {
    out.push({
      clock: investigationClock({
        orderedOn: inv.orderedOn,
        subjectAbsences: s.absences,
        extensions: inv.extensions,
        asOf,
      }),
    });
    for (const act of s.protectionActs)
      out.push({ clock: windowClock(act.window, policy.protectionAct), personRef: act.personRef });
  }
  // art. 38: an unannounced suspension order has 3 working days to be shown to the officer.
  if (s.stage !== 'closed')
    for (const x of s.suspensions.filter((y) => !y.announcedOn))
      out.push({ clock: suspensionAnnouncementClock(calendar, x.from), personRef: x.personRef });
  const conclusion = s.conclusion;
  if (s.stage === 'conclusion-submitted' && conclusion)
    out.push({ clock: conclusionApprovalClock(conclusion.submittedOn) });
  if (s.stage === 'conclusion-approved' && conclusion?.approvedOn) {
    out.push({ clock: familiarizationClock(calendar, conclusion.approvedOn) });
  }
  if (s.order && (s.stage === 'order-issued' || s.stage === 'penalty-active')) {
    for (const p of s.penalties.filter((x) => x.status === 'active')) {
      const ids = { personRef: p.personRef, penaltyId: p.penaltyId };
      if (p.announcedOn === null)
        out.push({ clock: orderAnnouncementClock(calendar, s.order.issuedOn), ...ids });
      else
        out.push({
          clock: appealClock(calendar, p.announcedOn, policy.appealPeriodCalendarDays, rulesSince(env, 1)),
          ...ids,
        });
      out.push({ clock: penaltyExpiryClock(p.imposedOn), ...ids });
      const lifting = earlyLiftingClock(p.penalty, p.imposedOn);
      if (lifting) out.push({ clock: lifting, ...ids });
    }
  }
  return out;
}
