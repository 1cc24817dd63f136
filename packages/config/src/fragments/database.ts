import { z } from 'zod';
import { sqlIdentifier } from './common';

const isPostgresUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
};

/**
 * DATABASE_URL  required, no default: it carries credentials, and the local run (devstack) sets it.
 * DATABASE_SCHEMA required: the schema the service owns (`cases`, `notifications`, `wellbeing`); a service
 *                 can give it a default with `databaseEnv.extend({ DATABASE_SCHEMA: sqlIdentifier.default('cases') })`.
 * DATABASE_SSL_MODE    `disable` (default) or `verify-full`: TLS, the server's certificate checked against
 *                      the CA and its name against the URL's host (see postgresSsl).
 * DATABASE_SSL_CA_FILE PEM of the CA that signed the server's certificate; implies verify-full.
 */
export const databaseEnv = z.object({
  DATABASE_URL: z.string().refine(isPostgresUrl, 'must be a postgres:// or postgresql:// URL with a host'),
  DATABASE_SCHEMA: sqlIdentifier,
  DATABASE_SSL_MODE: z.enum(['disable', 'verify-full'], 'must be disable or verify-full').optional(),
  DATABASE_SSL_CA_FILE: z.string().min(1).optional(),
});

export type DatabaseEnv = z.output<typeof databaseEnv>;
