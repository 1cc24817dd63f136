import { z } from 'zod';
import { hostPort } from './common';

/**
 * TEMPORAL_ADDRESS    host:port of the frontend; default `127.0.0.1:7233` (the dev server's and compose's).
 * TEMPORAL_NAMESPACE  default `default`.
 * TEMPORAL_TASK_QUEUE default `investigations`.
 * mTLS (see temporalTls): TEMPORAL_TLS (`true`: TLS with the system CAs), TEMPORAL_TLS_CA_FILE (the server's
 * CA), TEMPORAL_TLS_CERT_FILE + TEMPORAL_TLS_KEY_FILE (this client's certificate and key, together),
 * TEMPORAL_TLS_SERVER_NAME (the name the server's certificate is checked against, when not the address' host).
 */
export const temporalEnv = z.object({
  TEMPORAL_ADDRESS: hostPort.default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('investigations'),
  TEMPORAL_TLS: z.enum(['true', 'false'], 'must be true or false').optional(),
  TEMPORAL_TLS_CA_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_CERT_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
});

export type TemporalEnv = z.output<typeof temporalEnv>;
