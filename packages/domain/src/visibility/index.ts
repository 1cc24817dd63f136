export {
  accessTo,
  caseViewFor,
  withheldFields,
  CASE_VIEW_RULES,
  type CaseView,
  type CaseViewer,
  type CaseViewerRelation,
  type FieldAccess,
} from './case-view';
export { caseEventViewFor, caseTimelineFor } from './case-event-view';
export {
  canSeeDeadline,
  canSeeTask,
  deadlinesFor,
  tasksByRoleFor,
  tasksFor,
  DEADLINE_RULES,
  TASK_FIELDS,
  type CaseTask,
  type ScheduleRule,
} from './schedule-view';
