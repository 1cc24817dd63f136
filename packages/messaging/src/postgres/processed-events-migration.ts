import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { quoteIdentifier } from './sql-identifier';

/** When the table first appeared; pass your own to order it among the service's migrations. */
export const PROCESSED_EVENTS_MIGRATION_TIMESTAMP = 1763870000000;

export const PROCESSED_EVENTS_TABLE = 'processed_events';

export function processedEventsDdl(schema: string): { up: string[]; down: string[] } {
  const s = quoteIdentifier(schema);
  const table = `${s}.${PROCESSED_EVENTS_TABLE}`;
  return {
    up: [
      `CREATE SCHEMA IF NOT EXISTS ${s}`,
      `CREATE TABLE ${table} (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`,
      // Lets a retention job forget old records (keep them longer than the topics retain messages).
      `CREATE INDEX ${PROCESSED_EVENTS_TABLE}_processed_at_idx ON ${table} (processed_at)`,
    ],
    down: [`DROP TABLE ${table}`],
  };
}

export type MigrationClass = new () => MigrationInterface;

/**
 * A TypeORM migration creating `<schema>.processed_events` for PostgresProcessedEventStore. Add it to the
 * service's `migrations` list. TypeORM needs a 13-digit timestamp at the end of a migration's name.
 */
export function processedEventsMigration(
  schema: string,
  timestamp: number = PROCESSED_EVENTS_MIGRATION_TIMESTAMP,
): MigrationClass {
  const ddl = processedEventsDdl(schema);
  const pascal = schema.replace(/(^|_)([a-z0-9])/g, (_match, _sep: string, char: string) =>
    char.toUpperCase(),
  );
  const name = `ProcessedEvents${pascal}${timestamp}`;
  return class ProcessedEventsMigration implements MigrationInterface {
    readonly name = name;

    async up(runner: QueryRunner): Promise<void> {
      for (const statement of ddl.up) await runner.query(statement);
    }

    async down(runner: QueryRunner): Promise<void> {
      for (const statement of ddl.down) await runner.query(statement);
    }
  };
}
