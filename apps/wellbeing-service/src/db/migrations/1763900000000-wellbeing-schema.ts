import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The wellbeing tables. The schema itself is created by the provisioning step (owned by the service role),
 * so this migration runs with the service's own, unprivileged credentials.
 */
export class WellbeingSchema1763900000000 implements MigrationInterface {
  readonly name = 'WellbeingSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE wellbeing.unit_staff (
      unit_id text NOT NULL, staff_ref text NOT NULL, is_lead boolean NOT NULL DEFAULT false,
      PRIMARY KEY (unit_id, staff_ref))`);
    // At most one lead per unit: escalations must have one unambiguous addressee.
    await q.query(`CREATE UNIQUE INDEX unit_staff_one_lead ON wellbeing.unit_staff (unit_id) WHERE is_lead`);
    await q.query(`CREATE TABLE wellbeing.support_plans (
      plan_id text PRIMARY KEY, person_ref text NOT NULL, role text NOT NULL, case_id text,
      unit_id text NOT NULL, origin text NOT NULL CHECK (origin IN ('follow-up-event', 'assault-on-duty')),
      incident_ref text, starts_on date,
      status text NOT NULL CHECK (status IN ('active', 'ended')),
      consent_state text NOT NULL CHECK (consent_state IN ('pending', 'given', 'declined', 'stopped')),
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX support_plans_person ON wellbeing.support_plans (person_ref)`);
    await q.query(`CREATE TABLE wellbeing.scheduled_check_ins (
      plan_id text NOT NULL REFERENCES wellbeing.support_plans, check_in_number int NOT NULL,
      offset_days int NOT NULL, due_on date NOT NULL,
      status text NOT NULL CHECK (status IN ('scheduled', 'due', 'cancelled')),
      PRIMARY KEY (plan_id, check_in_number))`);
    await q.query(
      `CREATE INDEX scheduled_check_ins_due ON wellbeing.scheduled_check_ins (due_on) WHERE status = 'scheduled'`,
    );
    await q.query(`CREATE TABLE wellbeing.check_in_tasks (
      id uuid PRIMARY KEY, plan_id text NOT NULL REFERENCES wellbeing.support_plans,
      person_ref text NOT NULL, unit_id text NOT NULL, case_id text,
      check_in_number int, due_on date,
      kind text NOT NULL CHECK (kind IN ('check-in', 'urgent-self-check-in')),
      status text NOT NULL CHECK (status IN ('open', 'closed', 'cancelled')),
      priority text NOT NULL CHECK (priority IN ('normal', 'urgent')),
      escalated boolean NOT NULL DEFAULT false, assigned_to text, outcome text,
      created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz)`);
    // One task per scheduled check-in, whichever way it arrives (due, missed, redelivered).
    await q.query(`CREATE UNIQUE INDEX check_in_tasks_one_per_check_in
      ON wellbeing.check_in_tasks (plan_id, check_in_number) WHERE kind = 'check-in'`);
    await q.query(
      `CREATE INDEX check_in_tasks_open ON wellbeing.check_in_tasks (assigned_to) WHERE status = 'open'`,
    );
    await q.query(`CREATE TABLE wellbeing.contact_log (
      id uuid PRIMARY KEY, task_id uuid NOT NULL REFERENCES wellbeing.check_in_tasks,
      staff_ref text NOT NULL, channel text NOT NULL, note text NOT NULL, contacted_at timestamptz NOT NULL)`);
    await q.query(`CREATE TABLE wellbeing.referrals (
      id uuid PRIMARY KEY, task_id uuid NOT NULL REFERENCES wellbeing.check_in_tasks,
      kind text NOT NULL CHECK (kind IN ('psychologist', 'peer-support', 'hr')),
      note text NOT NULL, referred_by text NOT NULL, referred_at timestamptz NOT NULL)`);
    await q.query(`CREATE TABLE wellbeing.consents (
      id uuid PRIMARY KEY, plan_id text NOT NULL REFERENCES wellbeing.support_plans,
      person_ref text NOT NULL,
      decision text NOT NULL CHECK (decision IN ('given', 'declined', 'stopped')),
      recorded_at timestamptz NOT NULL)`);
    await q.query(`CREATE TABLE wellbeing.self_check_ins (
      id uuid PRIMARY KEY, plan_id text NOT NULL REFERENCES wellbeing.support_plans,
      person_ref text NOT NULL, unit_id text NOT NULL, answers jsonb NOT NULL, total int NOT NULL,
      by_dimension jsonb NOT NULL, urgent boolean NOT NULL, reasons jsonb NOT NULL, concern_text text,
      contact_requested boolean NOT NULL, language text NOT NULL,
      submitted_at timestamptz NOT NULL, submitted_on date NOT NULL)`);
    await q.query(`CREATE INDEX self_check_ins_stats ON wellbeing.self_check_ins (submitted_on, unit_id)`);
    await q.query(`CREATE TABLE wellbeing.concerns (
      id uuid PRIMARY KEY, person_ref text NOT NULL, case_id text NOT NULL, category text NOT NULL,
      content text NOT NULL, raised_at timestamptz NOT NULL)`);
    await q.query(`CREATE TABLE wellbeing.outbox (
      id uuid PRIMARY KEY, topic text NOT NULL, envelope jsonb NOT NULL, created_at timestamptz NOT NULL,
      published_at timestamptz, attempts int NOT NULL DEFAULT 0, last_error text)`);
    await q.query(
      `CREATE INDEX outbox_unpublished ON wellbeing.outbox (created_at) WHERE published_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox',
      'concerns',
      'self_check_ins',
      'consents',
      'referrals',
      'contact_log',
      'check_in_tasks',
      'scheduled_check_ins',
      'support_plans',
      'unit_staff',
    ]) {
      await q.query(`DROP TABLE wellbeing.${table}`);
    }
  }
}
