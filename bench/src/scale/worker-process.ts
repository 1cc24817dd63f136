// One real workflow-worker process (apps/workflow-worker's build: its bundle, its activities) on a cases database
// of its own, which it migrates itself (WORKER_RUN_MIGRATIONS, the documented way to run the worker alone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CLOCK_TICKS_PER_SECOND,
  createDatabase,
  freePort,
  procStat,
  repoRoot,
  startProcess,
  waitFor,
  type ManagedProcess,
} from '@qorgau/devstack';

export interface WorkerProcess {
  readonly process: ManagedProcess;
  readonly databaseUrl: string;
  readonly taskQueue: string;
  /** Resident and peak resident memory of the process, MiB (/proc/<pid>/status). */
  memory(): { rssMiB: number; peakMiB: number };
  /** CPU time the process has used, user + system, seconds (/proc/<pid>/stat). */
  cpuSeconds(): number;
  /** A Temporal SDK metric of the worker (its Prometheus exporter), summed over its label sets. */
  sdkMetric(name: string): Promise<number>;
}

const kib = (status: string, field: string): number =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);

export async function startWorkerProcess(options: {
  adminUrl: string;
  temporalAddress: string;
  namespace: string;
  taskQueue: string;
  /** WORKER_MAX_CACHED_WORKFLOWS; undefined: the SDK default. */
  maxCachedWorkflows?: number;
}): Promise<WorkerProcess> {
  const databaseUrl = await createDatabase(options.adminUrl, 'bench_scale_cases');
  const sdkMetrics = `127.0.0.1:${await freePort()}`;
  const worker = startProcess({
    name: 'workflow-worker-scale',
    command: process.execPath,
    args: ['dist/src/main.js'],
    cwd: join(repoRoot(__dirname), 'apps', 'workflow-worker'),
    env: {
      DATABASE_URL: databaseUrl,
      WORKER_RUN_MIGRATIONS: 'true',
      TEMPORAL_ADDRESS: options.temporalAddress,
      TEMPORAL_NAMESPACE: options.namespace,
      TEMPORAL_TASK_QUEUE: options.taskQueue,
      WORKER_HTTP_HOST: '127.0.0.1',
      WORKER_HTTP_PORT: String(await freePort()),
      WORKER_SDK_METRICS_ADDRESS: sdkMetrics,
      LOG_LEVEL: 'warn',
      OTEL_SDK_DISABLED: 'true',
      ...(options.maxCachedWorkflows
        ? { WORKER_MAX_CACHED_WORKFLOWS: String(options.maxCachedWorkflows) }
        : {}),
    },
  });
  await waitFor('workflow-worker', async () => worker.tail(200).includes('workflow-worker polling'), {
    timeoutMs: 120_000,
    intervalMs: 250,
    gaveUp: () => (worker.exited() ? `exited; log: ${worker.logFile}` : undefined),
    onTimeout: () => worker.tail(40),
  });
  return {
    process: worker,
    databaseUrl,
    taskQueue: options.taskQueue,
    memory() {
      const status = readFileSync(`/proc/${worker.pid}/status`, 'utf8');
      return { rssMiB: kib(status, 'VmRSS') / 1024, peakMiB: kib(status, 'VmHWM') / 1024 };
    },
    cpuSeconds() {
      return (procStat(worker.pid)?.cpuTicks ?? 0) / CLOCK_TICKS_PER_SECOND;
    },
    async sdkMetric(name) {
      const text = await (await fetch(`http://${sdkMetrics}/metrics`)).text();
      return text
        .split('\n')
        .filter((line) => new RegExp(`^${name}(_total)?[{ ]`).test(line))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
    },
  };
}
