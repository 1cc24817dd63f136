import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation as local development and demos see it: units, officers (with the roles their tokens carry) and
 * each unit's disciplinary commission. Filled by `pnpm seed`; authorization does not read it (the signed token
 * carries person, roles and unit), it is the directory behind the dev tokens.
 */
export class CasesDirectory1764200000000 implements MigrationInterface {
  name = 'CasesDirectory1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE cases.org_unit (
        id text PRIMARY KEY,
        name text NOT NULL,
        parent_id text REFERENCES cases.org_unit (id)
      )`);
    await runner.query(`
      CREATE TABLE cases.officer (
        person_ref text PRIMARY KEY,
        unit_id text NOT NULL REFERENCES cases.org_unit (id),
        full_name text NOT NULL,
        roles text[] NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE cases.commission_member (
        unit_id text NOT NULL REFERENCES cases.org_unit (id),
        person_ref text NOT NULL REFERENCES cases.officer (person_ref),
        role text NOT NULL CHECK (role IN ('chair', 'secretary', 'member')),
        PRIMARY KEY (unit_id, person_ref)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE cases.commission_member');
    await runner.query('DROP TABLE cases.officer');
    await runner.query('DROP TABLE cases.org_unit');
  }
}
