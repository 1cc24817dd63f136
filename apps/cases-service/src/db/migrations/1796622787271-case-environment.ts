import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The decision environment each case is pinned to, as the service started (or migrated) it: every environment
 * by value (version = hash of its content), and the version each registered case decides with. Read models
 * (the task list) count a case's working days with its own calendar from here, without asking its workflow.
 * A registration from before this table has none recorded (NULL) until a reader learns it from the workflow.
 */
export class CaseEnvironment1796622787271 implements MigrationInterface {
  name = 'CaseEnvironment1796622787271';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE cases.decision_environment (
        version text PRIMARY KEY,
        environment jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      ALTER TABLE cases.case_registration
        ADD COLUMN environment_version text REFERENCES cases.decision_environment (version)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE cases.case_registration DROP COLUMN environment_version');
    await runner.query('DROP TABLE cases.decision_environment');
  }
}
