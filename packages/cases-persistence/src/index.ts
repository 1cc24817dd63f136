export { CASES_SCHEMA } from './schema';
export * from './entities';
export { CASES_MIGRATIONS } from './migrations';
export { casesDataSource, type CasesDataSourceOptions } from './data-source';
export { caseEventId, integrationEventType } from './event-ids';
export { publicCaseEvent, type PublicCaseEventFields, type PublicCaseEventType } from './public-case-event';
export { CaseRepository, type OfficerPenalty } from './repositories/case.repository';
export {
  enqueueOutboxMessage,
  OutboxRepository,
  type OutboxEntry,
  type OutboxLag,
} from './repositories/outbox.repository';
export {
  PRODUCER,
  recordTransition,
  TransitionRepository,
  VersionConflictError,
  type TransitionInput,
  type TransitionResult,
  type UnseenEvent,
} from './repositories/transition.repository';
