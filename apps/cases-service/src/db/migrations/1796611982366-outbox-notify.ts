import { notifyOnInsertDdl } from '@qorgau/messaging';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Channel the outbox relay LISTENs on: the worker's and the service's writes wake it at commit. */
export const OUTBOX_CHANNEL = 'cases_outbox';

const ddl = notifyOnInsertDdl('cases.outbox', OUTBOX_CHANNEL);

/** NOTIFY after every insert into cases.outbox (delivered at commit), instead of waiting for a poll. */
export class OutboxNotify1796611982366 implements MigrationInterface {
  name = 'OutboxNotify1796611982366';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of ddl.up) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of ddl.down) await runner.query(statement);
  }
}
