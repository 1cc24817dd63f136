// Tracing first (OTEL_EXPORTER_OTLP_ENDPOINT): it patches node:http before anything else imports it.
import './observability/start-tracing';
import 'reflect-metadata';
import { casesDataSource } from '@qorgau/cases-persistence';
import { assertCalendarCovers } from '@qorgau/domain';
import { DefaultLogger, NativeConnection, Runtime, type LogLevel } from '@temporalio/worker';
import path from 'node:path';
import { postgresSsl, temporalTls } from '@qorgau/config';
import { loadWorkerConfig } from './config';
import { startWorkerHttp } from './observability/worker-http';
import { createWorkerMetrics } from './observability/worker-metrics';
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
  const sdkMetrics = config.WORKER_SDK_METRICS_ADDRESS;
  Runtime.install({
    logger: new DefaultLogger(TEMPORAL_LEVELS[config.LOG_LEVEL] ?? 'INFO'),
    ...(sdkMetrics === 'off'
      ? {}
      : { telemetryOptions: { metrics: { prometheus: { bindAddress: sdkMetrics } } } }),
  });
  // TLS settings are read (and checked) before anything connects.
  const tls = temporalTls(config);
  const dataSource = casesDataSource({
    url: config.DATABASE_URL,
    applicationName: 'qorgau-workflow-worker',
    ssl: postgresSsl(config),
  });
  await dataSource.initialize();
  // cases-service owns the migrations; the flag is for a local run of the worker alone.
  if (config.WORKER_RUN_MIGRATIONS) await dataSource.runMigrations();
  const connection = await NativeConnection.connect({
    address: config.TEMPORAL_ADDRESS,
    ...(tls ? { tls } : {}),
  });
  const worker = await createCaseWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    dataSource,
    workflowBundlePath: config.WORKFLOW_BUNDLE_PATH ?? path.resolve(__dirname, '..', 'workflow-bundle.js'),
    maxConcurrentActivityTaskExecutions: config.WORKER_MAX_CONCURRENT_ACTIVITIES,
    maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
  });
  const metrics = createWorkerMetrics({ dataSource });
  const http = await startWorkerHttp({
    host: config.WORKER_HTTP_HOST,
    port: config.WORKER_HTTP_PORT,
    registry: metrics.registry,
    ready: async () =>
      worker.getState() === 'RUNNING' && (await dataSource.query('SELECT 1').then(() => true)),
    sdkMetricsUrl: sdkMetrics === 'off' ? undefined : `http://${sdkMetrics}/metrics`,
  });
  console.log(`workflow-worker health and metrics on ${http.url} (/healthz, /readyz, /metrics)`);
  // The SDK's Runtime shuts the worker down on SIGINT/SIGTERM (in-flight activities get their grace period);
  // run() resolves once it drained, then the connections close.
  console.log(`workflow-worker polling ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
  metrics.running.set(1);
  try {
    await worker.run();
  } finally {
    metrics.running.set(0);
    await http.close();
    await connection.close();
    await dataSource.destroy();
    console.log('workflow-worker stopped');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
