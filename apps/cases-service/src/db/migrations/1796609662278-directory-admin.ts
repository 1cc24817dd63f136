import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory becomes administered (issue 12): units and officers can be deactivated (kept, never deleted, so
 * old cases still name them), and a unit's commission is a series of dated compositions: the one in force on a
 * session's date is the one the session sits with. The undated `commission_member` rows become the first
 * composition (in force from the earliest case day); `commission_member` stays readable as a view of the
 * compositions in force today.
 */
export class DirectoryAdmin1796609662278 implements MigrationInterface {
  name = 'DirectoryAdmin1796609662278';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE cases.org_unit ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await runner.query(`ALTER TABLE cases.officer ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await runner.query(`CREATE INDEX officer_unit_idx ON cases.officer (unit_id)`);
    await runner.query(`
      CREATE TABLE cases.commission_composition (
        unit_id text NOT NULL REFERENCES cases.org_unit (id),
        effective_from date NOT NULL,
        PRIMARY KEY (unit_id, effective_from)
      )`);
    await runner.query(`
      CREATE TABLE cases.commission_composition_member (
        unit_id text NOT NULL,
        effective_from date NOT NULL,
        person_ref text NOT NULL REFERENCES cases.officer (person_ref),
        role text NOT NULL CHECK (role IN ('chair', 'secretary', 'member')),
        PRIMARY KEY (unit_id, effective_from, person_ref),
        FOREIGN KEY (unit_id, effective_from)
          REFERENCES cases.commission_composition (unit_id, effective_from) ON DELETE CASCADE
      )`);
    await runner.query(`
      INSERT INTO cases.commission_composition (unit_id, effective_from)
      SELECT DISTINCT unit_id, DATE '2000-01-01' FROM cases.commission_member`);
    await runner.query(`
      INSERT INTO cases.commission_composition_member (unit_id, effective_from, person_ref, role)
      SELECT unit_id, DATE '2000-01-01', person_ref, role FROM cases.commission_member`);
    await runner.query('DROP TABLE cases.commission_member');
    // Every applied change, record by record; the audit chain holds one entry per change set naming its digest.
    await runner.query(`
      CREATE TABLE cases.directory_change (
        change_set text NOT NULL,
        seq int NOT NULL,
        at timestamptz NOT NULL,
        actor text NOT NULL,
        record_type text NOT NULL CHECK (record_type IN ('unit', 'officer', 'commission')),
        record_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('added', 'updated', 'deactivated')),
        before jsonb,
        after jsonb NOT NULL,
        PRIMARY KEY (change_set, seq)
      )`);
    await runner.query(
      'CREATE INDEX directory_change_record_idx ON cases.directory_change (record_type, record_key)',
    );
    await runner.query(`
      CREATE VIEW cases.commission_member AS
      SELECT m.unit_id, m.person_ref, m.role
        FROM cases.commission_composition_member m
        JOIN (SELECT unit_id, max(effective_from) AS effective_from
                FROM cases.commission_composition WHERE effective_from <= current_date GROUP BY unit_id) c
          ON c.unit_id = m.unit_id AND c.effective_from = m.effective_from`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP VIEW cases.commission_member');
    await runner.query('DROP TABLE cases.directory_change');
    await runner.query(`
      CREATE TABLE cases.commission_member (
        unit_id text NOT NULL REFERENCES cases.org_unit (id),
        person_ref text NOT NULL REFERENCES cases.officer (person_ref),
        role text NOT NULL CHECK (role IN ('chair', 'secretary', 'member')),
        PRIMARY KEY (unit_id, person_ref)
      )`);
    await runner.query(`
      INSERT INTO cases.commission_member (unit_id, person_ref, role)
      SELECT DISTINCT ON (m.unit_id, m.person_ref) m.unit_id, m.person_ref, m.role
        FROM cases.commission_composition_member m ORDER BY m.unit_id, m.person_ref, m.effective_from DESC`);
    await runner.query('DROP TABLE cases.commission_composition_member');
    await runner.query('DROP TABLE cases.commission_composition');
    await runner.query('DROP INDEX cases.officer_unit_idx');
    await runner.query('ALTER TABLE cases.officer DROP COLUMN active');
    await runner.query('ALTER TABLE cases.org_unit DROP COLUMN active');
  }
}
