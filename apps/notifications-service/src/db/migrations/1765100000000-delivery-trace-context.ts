import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The W3C trace context of the event that created a delivery: the e-mail sender, a later loop, continues the
 * command's trace with it. Null for rows written before tracing (or without it).
 */
export class DeliveryTraceContext1765100000000 implements MigrationInterface {
  readonly name = 'DeliveryTraceContext1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications.deliveries ADD COLUMN IF NOT EXISTS trace_context jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications.deliveries DROP COLUMN IF EXISTS trace_context`);
  }
}
