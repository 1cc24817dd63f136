import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each event keeps the idempotency key of the command that decided it, so a workflow task retried after its
 * local activity had committed can find, and adopt, what its lost attempt recorded.
 */
export class CaseEventCommandId1765000000000 implements MigrationInterface {
  name = 'CaseEventCommandId1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE cases.case_event ADD COLUMN command_id text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE cases.case_event DROP COLUMN command_id`);
  }
}
