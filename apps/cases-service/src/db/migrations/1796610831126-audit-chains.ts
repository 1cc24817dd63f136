import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log becomes several hash chains (`chain`, gap-free `chain_seq`), so audited reads append in
 * parallel instead of queueing behind one advisory lock. The entries written so far form chain 0 at their
 * old positions (their hashes do not change); `seq` stays the global order, now drawn from a sequence.
 */
export class AuditChains1796610831126 implements MigrationInterface {
  name = 'AuditChains1796610831126';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE cases.audit_log ADD COLUMN chain smallint NOT NULL DEFAULT 0`);
    await runner.query(`ALTER TABLE cases.audit_log ADD COLUMN chain_seq bigint`);
    // The append-only trigger stands aside for this one backfill, inside the migration's transaction.
    await runner.query(`ALTER TABLE cases.audit_log DISABLE TRIGGER audit_log_append_only`);
    await runner.query(`UPDATE cases.audit_log SET chain_seq = seq`);
    await runner.query(`ALTER TABLE cases.audit_log ENABLE TRIGGER audit_log_append_only`);
    await runner.query(`ALTER TABLE cases.audit_log ALTER COLUMN chain DROP DEFAULT`);
    await runner.query(`ALTER TABLE cases.audit_log ALTER COLUMN chain_seq SET NOT NULL`);
    await runner.query(
      `ALTER TABLE cases.audit_log ADD CONSTRAINT audit_log_chain_position UNIQUE (chain, chain_seq)`,
    );
    await runner.query(
      `ALTER TABLE cases.audit_log ADD CONSTRAINT audit_log_chain_seq_positive CHECK (chain_seq >= 1)`,
    );
    await runner.query(`CREATE SEQUENCE cases.audit_log_seq OWNED BY cases.audit_log.seq`);
    await runner.query(
      `SELECT setval('cases.audit_log_seq', COALESCE((SELECT max(seq) FROM cases.audit_log), 0) + 1, false)`,
    );
    await runner.query(
      `ALTER TABLE cases.audit_log ALTER COLUMN seq SET DEFAULT nextval('cases.audit_log_seq')`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE cases.audit_log ALTER COLUMN seq DROP DEFAULT`);
    await runner.query(`DROP SEQUENCE cases.audit_log_seq`);
    await runner.query(`ALTER TABLE cases.audit_log DROP CONSTRAINT audit_log_chain_seq_positive`);
    await runner.query(`ALTER TABLE cases.audit_log DROP CONSTRAINT audit_log_chain_position`);
    await runner.query(`ALTER TABLE cases.audit_log DROP COLUMN chain_seq`);
    await runner.query(`ALTER TABLE cases.audit_log DROP COLUMN chain`);
  }
}
