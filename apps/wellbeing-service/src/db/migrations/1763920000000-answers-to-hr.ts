import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Check-in answers belong to wellbeing staff (psychologists); an HR inspector may read them only with the
 * officer's recorded consent. Consents get a scope (`support`, the existing decisions, or `answers-to-hr`)
 * and the plan keeps the current answers-to-HR state, which every read checks.
 */
export class AnswersToHr1763920000000 implements MigrationInterface {
  readonly name = 'AnswersToHr1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE wellbeing.consents ADD COLUMN scope text NOT NULL DEFAULT 'support'
      CONSTRAINT consents_scope_check CHECK (scope IN ('support', 'answers-to-hr'))`);
    await q.query(`ALTER TABLE wellbeing.consents ADD CONSTRAINT consents_answers_to_hr_decision_check
      CHECK (scope = 'support' OR decision IN ('given', 'stopped'))`);
    await q.query(
      `ALTER TABLE wellbeing.support_plans ADD COLUMN answers_to_hr boolean NOT NULL DEFAULT false`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE wellbeing.support_plans DROP COLUMN answers_to_hr`);
    await q.query(`DELETE FROM wellbeing.consents WHERE scope <> 'support'`);
    await q.query(`ALTER TABLE wellbeing.consents DROP COLUMN scope`);
  }
}
