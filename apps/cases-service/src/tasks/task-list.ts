import {
  addDays,
  caseDeadlines,
  conclusionBlockers,
  weekdayOf,
  workingDaysLeft,
  type CaseStage,
  type ClockName,
  type ConclusionBlocker,
  type DecisionEnvironment,
  type LocalDate,
} from '@qorgau/domain';
import { type Principal } from '@qorgau/service-kit';
import { taskDeadline, type OpenTask } from '@qorgau/workflows';
import { relationsOf } from '../authz/case-access';
import { inboxTasks, type InboxCase } from '../cases/inbox';

/** When a task is due: its bounding clock, counted in working days on the case's own today by the service. */
export interface TaskDue {
  readonly clock: ClockName;
  readonly dueOn: LocalDate;
  readonly citation: string;
  readonly provisional: boolean;
  /** Working days from the case's today to the due day (negative: overdue), on the case's pinned calendar. */
  readonly workingDaysLeft: number;
}

export interface TaskRow extends OpenTask {
  /** Stable within the case: what a claim names. */
  readonly taskId: string;
  readonly caseId: string;
  readonly stage: CaseStage;
  /** Send as `If-Match` with the command. */
  readonly version: number;
  /** `mine`: the case names the caller, or the caller claimed it; `group`: any holder of the role may do it. */
  readonly queue: 'mine' | 'group';
  readonly claimedBy: string | null;
  /** A group task nobody has claimed yet. */
  readonly claimable: boolean;
  readonly today: LocalDate;
  readonly due: TaskDue | null;
  readonly overdue: boolean;
  /** Due between the case's today and the Sunday of its week. */
  readonly dueThisWeek: boolean;
  /** For the conclusion: what must happen first (art. 58 p.7); empty when the Protection Act rules allow it. */
  readonly blockedBy?: readonly ConclusionBlocker[];
}

/** A task's identity within its case: its command and what it concerns (identifiers never contain `|`). */
export const taskIdOf = (t: OpenTask): string =>
  [t.command, t.personRef ?? '', t.itemId ?? '', t.penaltyId ?? '', t.appealId ?? ''].join('|');

const claimKey = (caseId: string, taskId: string) => `${caseId}\n${taskId}`;

export type ClaimIndex = ReadonlyMap<string, string>;
export const claimIndex = (
  claims: readonly { caseId: string; taskId: string; claimedBy: string }[],
): ClaimIndex => new Map(claims.map((c) => [claimKey(c.caseId, c.taskId), c.claimedBy]));

const sundayOf = (day: LocalDate): LocalDate => addDays(day, 7 - weekdayOf(day));

/**
 * The caller's task list across cases (pure): the inbox's tasks (packages/workflows' `openTasks` per the
 * caller's relations), each with its bounding clock, working days left and claim; for the assigned
 * investigator of a case whose conclusion is still blocked, the conclusion task with what blocks it.
 * Each case's clocks run on the decision environment it is pinned to (`environmentOf`: its policy and working-day
 * calendar, not today's); a case whose environment is not known gets no due day rather than a wrong one.
 * Sorted by due day (undated last), then case.
 */
export function taskList(
  principal: Principal,
  cases: readonly InboxCase[],
  claims: ClaimIndex,
  todayOf: (c: InboxCase) => LocalDate,
  environmentOf: (c: InboxCase) => DecisionEnvironment | undefined,
): TaskRow[] {
  const rows: TaskRow[] = [];
  for (const c of cases) {
    const today = todayOf(c);
    const tasks: (OpenTask & { blockedBy?: readonly ConclusionBlocker[] })[] = inboxTasks(
      principal,
      [c],
      () => today,
    );
    if (
      c.state.stage === 'investigation' &&
      c.state.investigation?.investigatorRef === principal.personRef &&
      relationsOf(principal, { state: c.state, unitId: c.unitId }).has('assigned-investigator')
    ) {
      const blockedBy = conclusionBlockers(c.state, today);
      const conclusion = tasks.find((t) => t.command === 'SubmitConclusion');
      if (conclusion) conclusion.blockedBy = blockedBy;
      else
        tasks.push({
          role: 'investigator',
          assigneeRef: principal.personRef,
          command: 'SubmitConclusion',
          optional: false,
          blockedBy,
        });
    }
    const env = environmentOf(c);
    const deadlines = env ? caseDeadlines(c.state, today, env) : [];
    for (const task of tasks) {
      const taskId = taskIdOf(task);
      const claimedBy = claims.get(claimKey(c.caseId, taskId)) ?? null;
      const deadline = taskDeadline(task, deadlines);
      const due: TaskDue | null =
        env && deadline
          ? {
              clock: deadline.clock.clock,
              dueOn: deadline.clock.dueOn,
              citation: deadline.clock.citation,
              provisional: deadline.clock.provisional,
              workingDaysLeft: workingDaysLeft(env.calendar, today, deadline.clock.dueOn),
            }
          : null;
      const mine = task.assigneeRef === principal.personRef || claimedBy === principal.personRef;
      rows.push({
        ...task,
        taskId,
        caseId: c.caseId,
        stage: c.state.stage,
        version: c.version,
        queue: mine ? 'mine' : 'group',
        claimedBy,
        claimable: task.assigneeRef === null && claimedBy === null,
        today,
        due,
        overdue: due !== null && due.dueOn < today,
        dueThisWeek: due !== null && due.dueOn >= today && due.dueOn <= sundayOf(today),
      });
    }
  }
  return rows.sort(
    (a, b) =>
      (a.due?.dueOn ?? '9999-12-31').localeCompare(b.due?.dueOn ?? '9999-12-31') ||
      a.caseId.localeCompare(b.caseId) ||
      a.taskId.localeCompare(b.taskId),
  );
}
