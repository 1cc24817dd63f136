import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CasesSchema1764000000000 implements MigrationInterface {
  name = 'CasesSchema1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SCHEMA IF NOT EXISTS cases`);
    await runner.query(`
      CREATE TABLE cases."case" (
        id text PRIMARY KEY,
        stage text NOT NULL,
        state jsonb NOT NULL,
        version integer NOT NULL CHECK (version >= 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE cases.case_event (
        case_id text NOT NULL REFERENCES cases."case"(id) DEFERRABLE INITIALLY DEFERRED,
        seq integer NOT NULL CHECK (seq >= 1),
        event_id uuid NOT NULL UNIQUE,
        type text NOT NULL,
        data jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        request_id text,
        actor_ref text,
        PRIMARY KEY (case_id, seq)
      )`);
    await runner.query(`
      CREATE TABLE cases.outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        envelope jsonb NOT NULL,
        headers jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        published_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The relay reads only what is still unpublished, oldest first.
    await runner.query(`CREATE INDEX outbox_unpublished ON cases.outbox (id) WHERE published_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE cases.outbox`);
    await runner.query(`DROP TABLE cases.case_event`);
    await runner.query(`DROP TABLE cases."case"`);
  }
}
