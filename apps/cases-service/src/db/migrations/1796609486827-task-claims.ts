import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Claims of group tasks (the task list's "claim"): one holder per (case, task); not case state, no event. */
export class TaskClaims1796609486827 implements MigrationInterface {
  name = 'TaskClaims1796609486827';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE cases.task_claim (
        case_id uuid NOT NULL,
        task_id text NOT NULL CHECK (length(task_id) <= 500),
        claimed_by text NOT NULL,
        claimed_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, task_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE cases.task_claim');
  }
}
