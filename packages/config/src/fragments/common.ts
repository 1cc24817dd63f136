import { z } from 'zod';

/** `host:port`, the form Kafka brokers and the Temporal frontend are addressed by. */
export const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;

export const hostPort = z.string().regex(HOST_PORT, 'must be host:port');

export const port = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.int().min(1, 'must be at least 1').max(65535, 'must be at most 65535'));

/** A lowercase SQL identifier: schema names are interpolated into DDL, so nothing else is allowed. */
export const sqlIdentifier = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase SQL identifier (a-z, 0-9, _; at most 63)');
