import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { type MigrationClass } from './processed-events-migration';
import { notifyOnInsertDdl } from './wakeable-loop';

/** A table whose inserts wake a `WakeableLoop` listening on `channel`. */
export interface NotifyOnInsert {
  readonly table: string;
  readonly channel: string;
}

/**
 * A TypeORM migration adding the NOTIFY-on-insert trigger of each table (delivered at commit), so the loops
 * draining them wake at once instead of at their next poll. `name` ends in TypeORM's 13-digit timestamp.
 */
export function notifyOnInsertMigration(name: string, tables: readonly NotifyOnInsert[]): MigrationClass {
  const ddl = tables.map(({ table, channel }) => notifyOnInsertDdl(table, channel));
  return class NotifyOnInsertMigration implements MigrationInterface {
    readonly name = name;

    async up(runner: QueryRunner): Promise<void> {
      for (const statement of ddl.flatMap((d) => d.up)) await runner.query(statement);
    }

    async down(runner: QueryRunner): Promise<void> {
      for (const statement of [...ddl].reverse().flatMap((d) => d.down)) await runner.query(statement);
    }
  };
}
