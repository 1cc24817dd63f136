import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Restoration after exoneration (DOMAIN.md): an HR support follow-up for the cleared officer. Unit staff get
 * their role (the follow-up is for the unit's HR inspector), tasks get the `restoration-follow-up` kind (one
 * per person and case), and `restoration_follow_ups` keeps each follow-up from `case.restoration-started`
 * until the person's plan of that case (which carries the unit) is known.
 */
export class RestorationFollowUps1763910000000 implements MigrationInterface {
  readonly name = 'RestorationFollowUps1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE wellbeing.unit_staff ADD COLUMN staff_role text NOT NULL DEFAULT 'wellbeing-staff'
      CONSTRAINT unit_staff_staff_role_check CHECK (staff_role IN ('wellbeing-staff', 'hr-inspector'))`);
    await q.query(`ALTER TABLE wellbeing.check_in_tasks DROP CONSTRAINT check_in_tasks_kind_check`);
    await q.query(`ALTER TABLE wellbeing.check_in_tasks ADD CONSTRAINT check_in_tasks_kind_check
      CHECK (kind IN ('check-in', 'urgent-self-check-in', 'restoration-follow-up'))`);
    // One restoration follow-up per person and case, however often the event is delivered.
    await q.query(`CREATE UNIQUE INDEX check_in_tasks_one_restoration
      ON wellbeing.check_in_tasks (case_id, person_ref) WHERE kind = 'restoration-follow-up'`);
    await q.query(`CREATE TABLE wellbeing.restoration_follow_ups (
      case_id text NOT NULL, person_ref text NOT NULL,
      findings_notice_on date, hr_follow_up_on date NOT NULL,
      event_id text NOT NULL, received_at timestamptz NOT NULL,
      task_id uuid REFERENCES wellbeing.check_in_tasks,
      PRIMARY KEY (case_id, person_ref))`);
    await q.query(`CREATE INDEX restoration_follow_ups_pending
      ON wellbeing.restoration_follow_ups (case_id, person_ref) WHERE task_id IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE wellbeing.restoration_follow_ups`);
    for (const table of ['contact_log', 'referrals']) {
      await q.query(`DELETE FROM wellbeing.${table} WHERE task_id IN
        (SELECT id FROM wellbeing.check_in_tasks WHERE kind = 'restoration-follow-up')`);
    }
    await q.query(`DELETE FROM wellbeing.check_in_tasks WHERE kind = 'restoration-follow-up'`);
    await q.query(`DROP INDEX wellbeing.check_in_tasks_one_restoration`);
    await q.query(`ALTER TABLE wellbeing.check_in_tasks DROP CONSTRAINT check_in_tasks_kind_check`);
    await q.query(`ALTER TABLE wellbeing.check_in_tasks ADD CONSTRAINT check_in_tasks_kind_check
      CHECK (kind IN ('check-in', 'urgent-self-check-in'))`);
    await q.query(`ALTER TABLE wellbeing.unit_staff DROP COLUMN staff_role`);
  }
}
