import {
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { addDays, type LocalDate } from '@qorgau/domain';
import type { SupportRole } from '@qorgau/contracts';
import type { CaseActivities, SupportPlanRef } from '../activities';
import { ACTIVITY_OPTIONS } from '../activity-options';
import { caseClock, caseClockView, type CaseClockInput } from '../case-clock';
import {
  caseClockQuery,
  checkInOutcomeSignal,
  consentWithdrawnSignal,
  supportStatusQuery,
  type CheckInOutcome,
  type SupportFollowUpView,
} from '../definitions';
import { startOfKazakhstanDay } from '../timers';
import { CHECK_INS_ON_TIMERS_PATCH } from './time-on-timers';

export interface SupportFollowUpInput {
  readonly planId: string;
  readonly personRef: string;
  readonly role: SupportRole;
  /** null for an officer assaulted on duty (no case). */
  readonly caseId: string | null;
  readonly unitId: string;
  /** The plan's first day (the decision or the incident report), Kazakhstan calendar. */
  readonly startsOn: LocalDate;
  /** Check-in offsets in days (default policy 7/30/90/180). */
  readonly offsetsDays: readonly number[];
  /** Days wellbeing staff have to record a check-in's outcome before it counts as missed (default 7). */
  readonly graceDays: number;
  /** Carried across continueAsNew: check-ins already handled. */
  readonly handled?: SupportFollowUpView['checkIns'];
  readonly started?: boolean;
  /** The case's clock (compressed time): due days and grace periods on its virtual timeline. Absent: real time. */
  readonly clock?: CaseClockInput;
}

const activities = proxyActivities<CaseActivities>(ACTIVITY_OPTIONS);

/**
 * Post-case support for one person (id `support-<personRef>-<caseId>`, or `support-<personRef>-assault-<incidentId>`).
 * Outlives its case (started with parent close policy ABANDON). Per check-in: `support.check-in.due`, then wait
 * for the outcome up to the grace period; `support.check-in.missed` when none came (wellbeing staff escalate),
 * a minimal `case.support-concern-raised` (case id only, across the wall) when the outcome is worrying.
 * A consent withdrawal stops it. Always ends with `support.plan.ended`.
 */
export async function supportFollowUpWorkflow(input: SupportFollowUpInput): Promise<SupportFollowUpView> {
  if (input.offsetsDays.some((d, i) => d < 0 || (i > 0 && d <= (input.offsetsDays[i - 1] ?? 0))))
    throw ApplicationFailure.nonRetryable(
      'offsetsDays must be ascending and not negative',
      'InvalidSupportPlan',
    );
  const { workflowId, startTime } = workflowInfo();
  const clock = caseClock(input.clock, startTime.getTime());
  // A check-in's day is waited on a timer even when it looks past (time-on-timers.ts).
  const checkInsOnTimers = patched(CHECK_INS_ON_TIMERS_PATCH);
  setHandler(caseClockQuery, () => caseClockView(clock));
  const plan: SupportPlanRef = {
    planId: input.planId,
    personRef: input.personRef,
    role: input.role,
    caseId: input.caseId,
    unitId: input.unitId,
  };
  const checkIns = input.offsetsDays.map((offsetDays, i) => {
    const prior = input.handled?.find((h) => h.checkInNumber === i + 1);
    return {
      checkInNumber: i + 1,
      offsetDays,
      dueAt: addDays(input.startsOn, offsetDays),
      status: prior?.status ?? ('scheduled' as SupportFollowUpView['checkIns'][number]['status']),
    };
  });
  const outcomes = new Map<number, CheckInOutcome['outcome']>();
  let withdrawn = false;
  let ended = false;
  setHandler(checkInOutcomeSignal, (o) => {
    if (!outcomes.has(o.checkInNumber)) outcomes.set(o.checkInNumber, o.outcome);
  });
  setHandler(consentWithdrawnSignal, () => {
    withdrawn = true;
  });
  setHandler(supportStatusQuery, () => ({
    planId: input.planId,
    checkIns: checkIns.map(({ checkInNumber, dueAt, status }) => ({ checkInNumber, dueAt, status })),
    ended,
  }));
  const emit = (
    type: 'support.plan.started' | 'support.check-in.due' | 'support.check-in.missed' | 'support.plan.ended',
    key: string,
    checkIn?: (typeof checkIns)[number],
  ) =>
    activities.emitSupportFollowUp({
      workflowId,
      key,
      type,
      occurredAt: clock.nowIso(),
      plan,
      ...(checkIn
        ? {
            checkIn: {
              checkInNumber: checkIn.checkInNumber,
              dueAt: checkIn.dueAt,
              offsetDays: checkIn.offsetDays,
            },
          }
        : {}),
    });

  if (!input.started) await emit('support.plan.started', 'started');
  for (const c of checkIns) {
    if (withdrawn) break;
    if (c.status !== 'scheduled' && c.status !== 'due') continue;
    const dueMs = startOfKazakhstanDay(c.dueAt);
    if (checkInsOnTimers || dueMs > clock.now())
      await condition(() => withdrawn, clock.realDelay(dueMs - clock.now()));
    if (withdrawn) break;
    if (c.status === 'scheduled') {
      await emit('support.check-in.due', `due-${c.checkInNumber}`, c);
      c.status = 'due';
    }
    const graceMs = startOfKazakhstanDay(addDays(c.dueAt, input.graceDays)) - clock.now();
    const answered = await condition(
      () => withdrawn || outcomes.has(c.checkInNumber),
      clock.realDelay(graceMs),
    );
    if (withdrawn) break;
    const outcome = outcomes.get(c.checkInNumber);
    if (!answered || outcome === undefined) {
      c.status = 'missed';
      await emit('support.check-in.missed', `missed-${c.checkInNumber}`, c);
    } else if (outcome === 'worrying') {
      c.status = 'worrying';
      if (input.caseId !== null)
        await activities.announceCaseNotice({
          caseId: input.caseId,
          workflowId,
          key: `concern-${c.checkInNumber}`,
          type: 'case.support-concern-raised',
          occurredAt: clock.nowIso(),
          // The wall: the ordering head may learn that a concern was raised on the case, nothing more.
          data: { caseId: input.caseId },
        });
    } else if (outcome === 'declined') {
      withdrawn = true;
      break;
    } else c.status = 'completed';
  }
  for (const c of checkIns) if (c.status === 'scheduled' || c.status === 'due') c.status = 'cancelled';
  await emit('support.plan.ended', 'ended');
  ended = true;
  return {
    planId: input.planId,
    checkIns: checkIns.map(({ checkInNumber, dueAt, status }) => ({ checkInNumber, dueAt, status })),
    ended,
  };
}
