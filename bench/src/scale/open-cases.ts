// Opens cases the way cases-service does, minus its HTTP: `case-<id>` started with the same input and the head's
// report as the same `execute` update, in one update-with-start call (TemporalClientProvider.startWithReport). The
// worker's recordTransition writes the case's projection row; the workflow needs no row beforehand.
import { randomUUID } from 'node:crypto';
import { DEFAULT_PINNED_ENVIRONMENT } from '@qorgau/domain';
import { kazakhstanDate, seedReport } from '@qorgau/local-system';
import {
  caseWorkflowId,
  executeUpdate,
  investigationWorkflow,
  type CaseCommandResult,
} from '@qorgau/workflows';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';

/** The seed's unit: its head reports, wellbeing's local staff serve it. */
export const UNIT = 'unit-almaty-3';
const HEAD = 'head-1';

async function openCase(client: Client, taskQueue: string, caseId: string): Promise<void> {
  const today = kazakhstanDate(Date.now());
  const requestId = randomUUID();
  await client.workflow.executeUpdateWithStart(executeUpdate, {
    args: [
      {
        command: { type: 'ReportCase', ...seedReport(today, today) },
        actor: { ref: HEAD, role: 'registrar' },
        requestId,
      },
    ],
    updateId: requestId,
    startWorkflowOperation: new WithStartWorkflowOperation(investigationWorkflow, {
      workflowId: caseWorkflowId(caseId),
      taskQueue,
      args: [{ caseId, unitId: UNIT, environment: DEFAULT_PINNED_ENVIRONMENT }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    }),
  });
}

/** Opens `count` cases, `concurrency` at a time; returns their ids in start order and the rate achieved. */
export async function openCases(
  client: Client,
  taskQueue: string,
  {
    count,
    concurrency,
    onProgress,
  }: { count: number; concurrency: number; onProgress?: (done: number) => void },
): Promise<{ caseIds: string[]; perSecond: number; seconds: number }> {
  const caseIds = Array.from({ length: count }, () => randomUUID());
  let next = 0;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const caseId = caseIds[next]!;
        next += 1;
        await openCase(client, taskQueue, caseId);
        done += 1;
        if (done % 500 === 0) onProgress?.(done);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { caseIds, perSecond: count / seconds, seconds };
}

/** The head demands explanations (a command every reported case accepts): one update, one transition. */
export async function requestExplanations(client: Client, caseId: string): Promise<CaseCommandResult> {
  return client.workflow.getHandle(caseWorkflowId(caseId)).executeUpdate(executeUpdate, {
    args: [
      {
        command: { type: 'RequestExplanations' },
        actor: { ref: HEAD, role: 'head' },
        requestId: randomUUID(),
      },
    ],
  });
}
