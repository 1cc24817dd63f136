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
 */
export const databaseEnv = z.object({
  DATABASE_URL: z.string().refine(isPostgresUrl, 'must be a postgres:// or postgresql:// URL with a host'),
  DATABASE_SCHEMA: sqlIdentifier,
});

export type DatabaseEnv = z.output<typeof databaseEnv>;
