import 'reflect-metadata';
import { casesDataSource } from '@qorgau/cases-persistence';
import { assertCalendarCovers } from '@qorgau/domain';
import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import path from 'node:path';
import { loadWorkerConfig } from './config';
import { createCaseWorker } from './worker';

const TEMPORAL_LEVELS: Record<string, LogLevel> = {
  fatal: 'ERROR',
  error: 'ERROR',
  warn: 'WARN',
  info: 'INFO',
  debug: 'DEBUG',
  trace: 'TRACE',
  silent: 'ERROR',
};

/** Boots the worker: config (fail fast), database, Temporal connection; SIGINT/SIGTERM drain and stop it. */
async function main(): Promise<void> {
  // Workflows decide on the working calendar: refuse to start on a year it has no data for (named in the error).
  assertCalendarCovers(new Date().toISOString());
  const config = loadWorkerConfig();
  Runtime.install({ logger: new DefaultLogger(TEMPORAL_LEVELS[config.LOG_LEVEL] ?? 'INFO') });
  const dataSource = casesDataSource({ url: config.DATABASE_URL, applicationName: 'qorgau-workflow-worker' });
  await dataSource.initialize();
  // cases-service owns the migrations; the flag is for a local run of the worker alone.
  if (config.WORKER_RUN_MIGRATIONS) await dataSource.runMigrations();
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await createCaseWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    dataSource,
    workflowBundlePath: config.WORKFLOW_BUNDLE_PATH ?? path.resolve(__dirname, '..', 'workflow-bundle.js'),
    maxConcurrentActivityTaskExecutions: config.WORKER_MAX_CONCURRENT_ACTIVITIES,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
  });
  // The SDK's Runtime shuts the worker down on SIGINT/SIGTERM (in-flight activities get their grace period);
  // run() resolves once it drained, then the connections close.
  console.log(`workflow-worker polling ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
  try {
    await worker.run();
  } finally {
    await connection.close();
    await dataSource.destroy();
    console.log('workflow-worker stopped');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
