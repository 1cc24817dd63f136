import { z } from 'zod';
import { hostPort } from './common';

/**
 * TEMPORAL_ADDRESS    host:port of the frontend; default `127.0.0.1:7233` (the dev server's and compose's).
 * TEMPORAL_NAMESPACE  default `default`.
 * TEMPORAL_TASK_QUEUE default `investigations`.
 */
export const temporalEnv = z.object({
  TEMPORAL_ADDRESS: hostPort.default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('investigations'),
});

export type TemporalEnv = z.output<typeof temporalEnv>;
