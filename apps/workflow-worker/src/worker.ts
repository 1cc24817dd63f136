import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createActivities } from './activities';
import { workerTracingOptions } from './observability/tracing';

export interface CaseWorkerOptions {
  readonly connection: NativeConnection;
  readonly namespace?: string;
  readonly taskQueue: string;
  readonly dataSource: DataSource;
  /** Production: the bundle built at build time (`dist/workflow-bundle.js`). Tests may pass `workflowsPath`. */
  readonly workflowBundlePath?: string;
  readonly workflowsPath?: string;
  readonly maxConcurrentActivityTaskExecutions?: number;
  readonly maxConcurrentWorkflowTaskExecutions?: number;
  /** Workflows kept in memory (sticky cache); undefined: the SDK's default, derived from the heap limit. */
  readonly maxCachedWorkflows?: number;
}

/** The path of the workflow functions for `workflowsPath` (tests, replay). */
export const WORKFLOWS_PATH = require.resolve('@qorgau/workflows/dist/workflows');

/** A worker for the investigation, support and appeal workflows with the real activities. */
export function createCaseWorker(options: CaseWorkerOptions): Promise<Worker> {
  const workflows: Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath'> = options.workflowBundlePath
    ? { workflowBundle: { codePath: options.workflowBundlePath } }
    : { workflowsPath: options.workflowsPath ?? WORKFLOWS_PATH };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    taskQueue: options.taskQueue,
    ...workflows,
    activities: createActivities({ dataSource: options.dataSource }),
    ...workerTracingOptions({ prebuiltBundle: Boolean(options.workflowBundlePath) }),
    ...(options.maxConcurrentActivityTaskExecutions
      ? { maxConcurrentActivityTaskExecutions: options.maxConcurrentActivityTaskExecutions }
      : {}),
    ...(options.maxConcurrentWorkflowTaskExecutions
      ? { maxConcurrentWorkflowTaskExecutions: options.maxConcurrentWorkflowTaskExecutions }
      : {}),
    ...(options.maxCachedWorkflows ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
  });
}
