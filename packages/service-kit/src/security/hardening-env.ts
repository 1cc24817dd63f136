import { port } from '@qorgau/config';
import { z } from 'zod';
import { isDevelopmentMode } from './deployment-mode';

const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z
          .url('each origin must be an absolute URL such as https://qorgau.example.kz')
          .transform((url) => new URL(url).origin),
      )
      .min(1, 'must name at least one origin'),
  );

/**
 * CORS_ORIGINS                    comma-separated origins allowed to call the API from a browser (the web app's);
 *                                 unset: no CORS headers at all (the web app proxies /api/* from its own origin).
 * HTTP_BODY_LIMIT                 largest JSON or form body, e.g. `512kb`, `1mb`; default `1mb`.
 * RATE_LIMIT_COMMANDS_PER_MINUTE  commands (POST/PUT/PATCH/DELETE) one person may send per minute and process;
 *                                 default 120 in production, 10000 in development mode (scripted scenarios
 *                                 and tests send commands far faster than a person).
 * METRICS_PORT                    when set, /metrics is served on this port only and the API port answers 404
 *                                 for it, so a network policy can keep it to the monitoring namespace.
 */
export const httpHardeningEnv = z.object({
  CORS_ORIGINS: origins.optional(),
  HTTP_BODY_LIMIT: z
    .string()
    .regex(/^\d{1,6}(b|kb|mb)$/, 'must be a size such as 512kb or 1mb')
    .default('1mb'),
  RATE_LIMIT_COMMANDS_PER_MINUTE: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.int().min(1, 'must be at least 1').max(100_000, 'must be at most 100000'))
    .optional(),
  METRICS_PORT: port.optional(),
});

export type HttpHardeningEnv = z.output<typeof httpHardeningEnv>;

export interface HttpHardening {
  /** Browser origins allowed by CORS; empty: none. */
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: string;
  readonly commandsPerMinute: number;
  readonly metricsPort?: number;
}

export const PRODUCTION_COMMANDS_PER_MINUTE = 120;
const DEVELOPMENT_COMMANDS_PER_MINUTE = 10_000;

export function hardeningOf(env: HttpHardeningEnv, nodeEnv: string | undefined): HttpHardening {
  return {
    corsOrigins: env.CORS_ORIGINS ?? [],
    bodyLimit: env.HTTP_BODY_LIMIT,
    commandsPerMinute:
      env.RATE_LIMIT_COMMANDS_PER_MINUTE ??
      (isDevelopmentMode(nodeEnv) ? DEVELOPMENT_COMMANDS_PER_MINUTE : PRODUCTION_COMMANDS_PER_MINUTE),
    metricsPort: env.METRICS_PORT,
  };
}
