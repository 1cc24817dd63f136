import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The subject's Protection Act work before submission: one autosaved draft per (case, subject) with a revision
 * for optimistic concurrency, and the files they upload for protection-evidence items (bytes on the evidence
 * storage, content-addressed; here who uploaded what, its size and media type).
 */
export class ProtectionActDraftsFiles1765100000000 implements MigrationInterface {
  name = 'ProtectionActDraftsFiles1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE cases.protection_act_draft (
        case_id uuid NOT NULL,
        person_ref text NOT NULL,
        revision integer NOT NULL CHECK (revision >= 1),
        items jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, person_ref)
      )`);
    await runner.query(`
      CREATE TABLE cases.protection_act_file (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        owner_ref text NOT NULL,
        name text NOT NULL,
        media_type text NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        uploaded_at timestamptz NOT NULL
      )`);
    await runner.query(
      'CREATE INDEX protection_act_file_case_owner ON cases.protection_act_file (case_id, owner_ref)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE cases.protection_act_file');
    await runner.query('DROP TABLE cases.protection_act_draft');
  }
}
