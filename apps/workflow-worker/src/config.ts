import {
  databaseEnv,
  hostPort,
  loadConfig,
  logEnv,
  port,
  temporalEnv,
  type Environment,
} from '@qorgau/config';
import { z } from 'zod';

const positiveInt = (fallback: string) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.int().min(1, 'must be at least 1'))
    .prefault(fallback);

/**
 * TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE / TEMPORAL_TASK_QUEUE (default `investigations`), DATABASE_URL (required),
 * DATABASE_SCHEMA (default `cases`), WORKER_MAX_CONCURRENT_ACTIVITIES (default 20),
 * WORKER_MAX_CONCURRENT_WORKFLOW_TASKS (default 10), WORKER_RUN_MIGRATIONS (default `false`), LOG_LEVEL.
 * WORKER_MAX_CACHED_WORKFLOWS (default: the SDK's, from the heap limit: max(⌊(heap MiB − 200) × 600 / 1024⌋, 10),
 * 2,310 on Node's default 4 GiB heap): how many open cases stay in memory; the rest replay their history when they
 * next have work, so this bounds the worker's memory.
 * WORKER_HTTP_HOST (default `0.0.0.0`) / WORKER_HTTP_PORT (default 3004): /healthz, /readyz, /metrics.
 * WORKER_SDK_METRICS_ADDRESS (default `127.0.0.1:9464`): host:port where the Temporal SDK's own Prometheus
 * exporter listens (loopback: /metrics serves its output); `off` disables it.
 */
export const workerEnv = temporalEnv
  .extend(databaseEnv.shape)
  .extend(logEnv.shape)
  .extend({
    DATABASE_SCHEMA: databaseEnv.shape.DATABASE_SCHEMA.default('cases'),
    WORKER_MAX_CONCURRENT_ACTIVITIES: positiveInt('20'),
    WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: positiveInt('10'),
    WORKER_MAX_CACHED_WORKFLOWS: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.int().min(2, 'must be at least 2 (the SDK needs 2 to hold a workflow task and its update)'))
      .optional(),
    WORKER_RUN_MIGRATIONS: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),
    WORKER_HTTP_HOST: z.string().min(1).default('0.0.0.0'),
    WORKER_HTTP_PORT: port.default(3004),
    WORKER_SDK_METRICS_ADDRESS: z.union([z.literal('off'), hostPort]).default('127.0.0.1:9464'),
  });

export type WorkerConfig = z.output<typeof workerEnv>;

export const loadWorkerConfig = (env: Environment = process.env): WorkerConfig => loadConfig(workerEnv, env);
