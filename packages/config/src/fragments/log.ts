import { z } from 'zod';

/** pino's levels. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** LOG_LEVEL default `info`. */
export const logEnv = z.object({
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
});

export type LogEnv = z.output<typeof logEnv>;
