import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency claims become leases: `claim_id` names the request holding the key, `lease_until` is when another
 * request with the same key may take it over (the first one died between claim and completion). Claims already
 * open when this runs get the default lease from their creation, so a key stuck by an old crash frees itself.
 */
export class IdempotencyLease1764460000000 implements MigrationInterface {
  name = 'IdempotencyLease1764460000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE cases.idempotent_request ADD COLUMN claim_id uuid`);
    await runner.query(`ALTER TABLE cases.idempotent_request ADD COLUMN lease_until timestamptz`);
    await runner.query(
      `UPDATE cases.idempotent_request SET claim_id = gen_random_uuid(), lease_until = created_at + interval '120 seconds'`,
    );
    await runner.query(`ALTER TABLE cases.idempotent_request ALTER COLUMN claim_id SET NOT NULL`);
    await runner.query(`ALTER TABLE cases.idempotent_request ALTER COLUMN lease_until SET NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE cases.idempotent_request DROP COLUMN lease_until`);
    await runner.query(`ALTER TABLE cases.idempotent_request DROP COLUMN claim_id`);
  }
}
