/**
 * @qorgau/workflows for clients and the worker: definitions, activity interfaces, pure helpers and the
 * workflow functions. The worker bundles `./workflows` (workflow functions only).
 */
export * from './definitions';
export type * from './activities';
export * from './activity-options';
export * from './tasks';
export * from './timers';
export * from './case-clock';
export * from './client';
export * from './workflows';
export type { CaseSnapshot, InvestigationWorkflowInput } from './workflows/investigation';
export type { SupportFollowUpInput } from './workflows/support-follow-up';
export type { AppealWorkflowInput } from './workflows/appeal';
export * from './task-due';
