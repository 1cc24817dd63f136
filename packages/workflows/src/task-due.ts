import { type CaseDeadline, type ClockName } from '@qorgau/domain';
import { type OpenTask } from './tasks';

/** The limitation clocks: the case's last day to impose a penalty on a person (art. 57 p.14). */
const LIMITATION: readonly ClockName[] = [
  'limitation-from-discovery',
  'limitation-from-commission',
  'limitation-after-proceeding',
];

/** The clocks that bound each task's command; a task about a person or penalty takes that one's clock. */
const CLOCKS_OF: Partial<Record<OpenTask['command'], readonly ClockName[]>> = {
  RequestExplanations: LIMITATION,
  OrderInvestigation: LIMITATION,
  ScheduleCommissionSession: LIMITATION,
  HoldCommissionSession: LIMITATION,
  IssueOrder: LIMITATION,
  FileProtectionAct: ['protection-act-window'],
  DecideProtectionActExtension: ['protection-act-window'],
  AnswerProtectionActItem: ['investigation'],
  SubmitConclusion: ['investigation'],
  ApproveConclusion: ['conclusion-approval'],
  RecordFamiliarization: ['conclusion-familiarization'],
  RecordOrderAnnouncement: ['order-announcement'],
  FileAppeal: ['appeal'],
  RecordSuspensionAnnouncement: ['suspension-announcement'],
};

/**
 * The clock a task must be done by (pure): the earliest running deadline among the clocks that bound its command,
 * narrowed to the task's person (a Protection Act window, a limitation) or penalty when it names one; undefined
 * when no running clock bounds it (an appeal's decision).
 */
export function taskDeadline(task: OpenTask, deadlines: readonly CaseDeadline[]): CaseDeadline | undefined {
  const clocks = CLOCKS_OF[task.command];
  if (!clocks) return undefined;
  const matching = deadlines.filter(
    (d) =>
      clocks.includes(d.clock.clock) &&
      (task.penaltyId === undefined || d.penaltyId === undefined || d.penaltyId === task.penaltyId) &&
      (task.personRef === undefined || d.personRef === undefined || d.personRef === task.personRef),
  );
  return [...matching].sort((a, b) => a.clock.dueOn.localeCompare(b.clock.dueOn))[0];
}
