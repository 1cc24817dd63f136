import type { UpdateDefinition } from '@temporalio/common';
import type { CaseCommandRequest, CaseCommandResult } from './definitions';
import { executeUpdate } from './definitions';

/** The part of `@temporalio/client`'s WorkflowHandle these helpers need (kept structural: no client import here). */
export interface UpdatableHandle {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors the SDK's signature
  executeUpdate<Ret, Args extends [any, ...any[]], Name extends string = string>(
    def: UpdateDefinition<Ret, Args, Name>,
    options: { args: Args },
  ): Promise<Ret>;
}

/** Sends one case command as the `execute` update and waits for the result (a DomainError failure on rejection). */
export const executeCaseCommand = (
  handle: UpdatableHandle,
  request: CaseCommandRequest,
): Promise<CaseCommandResult> => handle.executeUpdate(executeUpdate, { args: [request] });

/** Workflow ids are business ids. */
export const caseWorkflowId = (caseId: string): string => `case-${caseId}`;
export const supportWorkflowId = (personRef: string, caseId: string): string =>
  `support-${personRef}-${caseId}`;
export const assaultSupportWorkflowId = (personRef: string, incidentId: string): string =>
  `support-${personRef}-assault-${incidentId}`;
export const appealWorkflowId = (caseId: string, appealId: string): string => `appeal-${caseId}-${appealId}`;
