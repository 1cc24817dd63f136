import { databaseEnv, loadConfig, logEnv, temporalEnv, type Environment } from '@qorgau/config';
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
 */
export const workerEnv = temporalEnv
  .extend(databaseEnv.shape)
  .extend(logEnv.shape)
  .extend({
    DATABASE_SCHEMA: databaseEnv.shape.DATABASE_SCHEMA.default('cases'),
    WORKER_MAX_CONCURRENT_ACTIVITIES: positiveInt('20'),
    WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: positiveInt('10'),
    WORKER_RUN_MIGRATIONS: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),
  });

export type WorkerConfig = z.output<typeof workerEnv>;

export const loadWorkerConfig = (env: Environment = process.env): WorkerConfig => loadConfig(workerEnv, env);
