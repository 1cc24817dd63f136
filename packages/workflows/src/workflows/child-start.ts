import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';

/**
 * Starts a child at most once per id. The id is recorded in `started` only when the child runs: started now, or
 * already running/run under that id (an earlier run of this case before continueAsNew) — `onAlreadyStarted` says
 * so. Any other failure is rethrown and the id stays unrecorded, so it is never taken for a started child: in a
 * workflow the thrown error fails the workflow task, which Temporal retries (visible as a failing task), and the
 * retried task starts the child again.
 */
export async function startChildOnce<T>(
  started: Set<string>,
  workflowId: string,
  start: () => Promise<T>,
  onAlreadyStarted: (error: unknown) => void = () => undefined,
): Promise<T | undefined> {
  if (started.has(workflowId)) return undefined;
  try {
    const handle = await start();
    started.add(workflowId);
    return handle;
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    started.add(workflowId);
    onAlreadyStarted(error);
    return undefined;
  }
}
