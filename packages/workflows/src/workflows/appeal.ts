import { condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { AppealRecord, PinnedEnvironment } from '@qorgau/domain';
import type { CaseActivities } from '../activities';
import { ACTIVITY_OPTIONS } from '../activity-options';
import { caseClock, caseClockView, type CaseClockInput } from '../case-clock';
import { appealDecidedSignal, caseClockQuery, type AppealDecision } from '../definitions';

export interface AppealWorkflowInput {
  readonly caseId: string;
  readonly appeal: AppealRecord;
  /** Policy: days the higher official has to decide before an escalation (default 30). */
  readonly decisionDays: number;
  /** The parent case's clock (compressed time); absent: real time. */
  readonly clock?: CaseClockInput;
  /** The parent case's pinned decision environment (recorded in this child's history too). */
  readonly environment?: PinnedEnvironment;
}

const activities = proxyActivities<CaseActivities>(ACTIVITY_OPTIONS);

const DAY_MS = 86_400_000;

/**
 * One appeal to a higher official (id `appeal-<caseId>-<appealId>`): reminds once at half the period, escalates
 * when the period passes undecided, completes when the case signals the decision (DecideAppeal went through the
 * case's decider, never here). An appeal does not suspend enforcement (art. 57 p.19-21).
 */
export async function appealWorkflow(input: AppealWorkflowInput): Promise<AppealDecision> {
  const clock = caseClock(input.clock, workflowInfo().startTime.getTime());
  setHandler(caseClockQuery, () => caseClockView(clock));
  let decision: AppealDecision | undefined;
  setHandler(appealDecidedSignal, (d) => {
    decision ??= d;
  });
  const { workflowId } = workflowInfo();
  const notice = (key: string, overdue: boolean) =>
    activities.announceCaseNotice({
      caseId: input.caseId,
      workflowId,
      key,
      type: overdue ? 'case.appeal-decision-overdue' : 'case.deadline-approaching',
      occurredAt: clock.nowIso(),
      data: {
        caseId: input.caseId,
        clock: 'appeal-decision',
        appealId: input.appeal.appealId,
        penaltyId: input.appeal.penaltyId,
        filedOn: input.appeal.filedOn,
        decisionDays: input.decisionDays,
      },
    });
  const half = Math.floor(input.decisionDays / 2) * DAY_MS;
  if (!(await condition(() => decision !== undefined, clock.realDelay(half)))) {
    await notice('reminder', false);
    if (
      !(await condition(() => decision !== undefined, clock.realDelay(input.decisionDays * DAY_MS - half)))
    ) {
      await notice('overdue', true);
      await condition(() => decision !== undefined);
    }
  }
  return decision as AppealDecision;
}
