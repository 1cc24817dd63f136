import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class NotificationsTables1763900000100 implements MigrationInterface {
  readonly name = 'NotificationsTables1763900000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SCHEMA IF NOT EXISTS notifications`);
    await runner.query(`
      CREATE TABLE notifications.notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        recipient_ref text NOT NULL,
        template text NOT NULL,
        params jsonb NOT NULL,
        case_id text,
        occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_once_per_event UNIQUE (event_id, recipient_ref, template)
      )`);
    await runner.query(`
      CREATE TABLE notifications.deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL REFERENCES notifications.notifications (id) ON DELETE CASCADE,
        recipient_ref text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('inbox', 'email')),
        status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        locale text NOT NULL CHECK (locale IN ('kk', 'ru', 'en')),
        address text,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_error text,
        sent_at timestamptz,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT deliveries_once_per_channel UNIQUE (notification_id, channel),
        CONSTRAINT deliveries_sent_has_time CHECK (status <> 'sent' OR sent_at IS NOT NULL)
      )`);
    // The inbox lists a person's items newest first; the sender looks for due e-mails.
    await runner.query(
      `CREATE INDEX deliveries_inbox_idx ON notifications.deliveries (recipient_ref, created_at DESC) WHERE channel = 'inbox'`,
    );
    await runner.query(
      `CREATE INDEX deliveries_email_due_idx ON notifications.deliveries (next_attempt_at) WHERE channel = 'email' AND status = 'pending'`,
    );
    await runner.query(`
      CREATE TABLE notifications.preferences (
        person_ref text PRIMARY KEY,
        locale text NOT NULL CHECK (locale IN ('kk', 'ru', 'en')),
        email text,
        channels text[] NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE notifications.case_recipients (
        case_id text NOT NULL,
        role text NOT NULL,
        person_ref text NOT NULL,
        ref text NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, role, person_ref, ref)
      )`);
    await runner.query(`
      CREATE TABLE notifications.unit_wellbeing_staff (
        unit_id text NOT NULL,
        person_ref text NOT NULL,
        PRIMARY KEY (unit_id, person_ref)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'unit_wellbeing_staff',
      'case_recipients',
      'preferences',
      'deliveries',
      'notifications',
    ]) {
      await runner.query(`DROP TABLE notifications.${table}`);
    }
  }
}
