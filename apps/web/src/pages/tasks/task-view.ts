// What `GET /tasks` answers (cases-service src/tasks), typed from the domain's own types (type-only). Every date,
// working-day count and flag here is the service's: the app never counts days or decides what is overdue.
import type { ClockName, ConclusionBlocker } from '@qorgau/domain';
import { type OpenTaskView } from '../../api/views';

export type { ConclusionBlocker };

export interface TaskDue {
  readonly clock: ClockName;
  readonly dueOn: string;
  readonly citation: string;
  readonly provisional: boolean;
  readonly workingDaysLeft: number;
}

export interface TaskRow extends OpenTaskView {
  readonly taskId: string;
  readonly caseId: string;
  readonly stage: string;
  readonly version: number;
  readonly appealId?: string;
  readonly queue: 'mine' | 'group';
  readonly claimedBy: string | null;
  readonly claimable: boolean;
  readonly today: string;
  readonly due: TaskDue | null;
  readonly overdue: boolean;
  readonly dueThisWeek: boolean;
  readonly blockedBy?: readonly ConclusionBlocker[];
}

/** The task list's views, as Camunda's Tasklist has them; each is a flag the service set. */
export const TASK_VIEWS = ['mine', 'group', 'overdue', 'week', 'all'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

export const inView = (view: TaskView, t: TaskRow): boolean =>
  view === 'all' ||
  (view === 'mine' && t.queue === 'mine') ||
  (view === 'group' && t.queue === 'group') ||
  (view === 'overdue' && t.overdue) ||
  (view === 'week' && t.dueThisWeek);
