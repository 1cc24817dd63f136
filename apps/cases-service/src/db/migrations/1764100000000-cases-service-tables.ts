import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service's own tables in the cases schema: the hash-chained audit log (append-only: a trigger refuses
 * UPDATE and DELETE, and the chain exposes whatever gets past it) the stored responses of idempotent POSTs, and the unit each case is registered in.
 */
export class CasesServiceTables1764100000000 implements MigrationInterface {
  name = 'CasesServiceTables1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SCHEMA IF NOT EXISTS cases`);
    await runner.query(`
      CREATE TABLE cases.audit_log (
        seq bigint PRIMARY KEY CHECK (seq >= 1),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        target text NOT NULL,
        request_id text,
        prev_hash text NOT NULL,
        hash text NOT NULL UNIQUE
      )`);
    await runner.query(`
      CREATE FUNCTION cases.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'cases.audit_log is append-only';
      END $$`);
    await runner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON cases.audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION cases.audit_log_append_only()`);
    await runner.query(`
      CREATE TABLE cases.idempotent_request (
        key text PRIMARY KEY,
        fingerprint text NOT NULL,
        status integer,
        body jsonb,
        headers jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The unit a case is registered in: heads see their unit's cases (the domain state does not carry it).
    await runner.query(`
      CREATE TABLE cases.case_registration (
        case_id text PRIMARY KEY,
        unit_id text NOT NULL,
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
    // Evidence content lives on a storage adapter, addressed by its SHA-256; the custody log says who touched it.
    await runner.query(`
      CREATE TABLE cases.evidence_content (
        case_id text NOT NULL,
        evidence_id text NOT NULL,
        sha256 text NOT NULL,
        size_bytes bigint NOT NULL,
        media_type text NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, evidence_id)
      )`);
    await runner.query(`
      CREATE TABLE cases.evidence_custody (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id text NOT NULL,
        evidence_id text NOT NULL,
        at timestamptz NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        sha256 text NOT NULL,
        request_id text
      )`);
    await runner.query(
      `CREATE INDEX evidence_custody_item ON cases.evidence_custody (case_id, evidence_id, seq)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE cases.evidence_custody`);
    await runner.query(`DROP TABLE cases.evidence_content`);
    await runner.query(`DROP TABLE cases.case_registration`);
    await runner.query(`DROP TABLE cases.idempotent_request`);
    await runner.query(`DROP TABLE cases.audit_log`);
    await runner.query(`DROP FUNCTION cases.audit_log_append_only()`);
  }
}
