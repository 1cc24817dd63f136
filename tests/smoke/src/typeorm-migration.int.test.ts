import 'reflect-metadata';
import { createDatabase } from '@qorgau/devstack';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';

class CreateSmokeTable1732300000000 implements MigrationInterface {
  name = 'CreateSmokeTable1732300000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SCHEMA IF NOT EXISTS smoke`);
    await runner.query(
      `CREATE TABLE smoke.note (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), body text NOT NULL)`,
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE smoke.note`);
  }
}

describe('PostgreSQL (real) with TypeORM migrations', () => {
  it('applies a migration and records it, once', async () => {
    const url = await createDatabase(process.env.DATABASE_URL!, 'smoke');
    const dataSource = new DataSource({ type: 'postgres', url, migrations: [CreateSmokeTable1732300000000] });
    await dataSource.initialize();
    try {
      expect((await dataSource.runMigrations()).map((m) => m.name)).toEqual([
        'CreateSmokeTable1732300000000',
      ]);
      expect(await dataSource.runMigrations()).toEqual([]); // idempotent
      await dataSource.query(`INSERT INTO smoke.note (body) VALUES ($1)`, ['қорғау']);
      const rows = (await dataSource.query(`SELECT body FROM smoke.note`)) as { body: string }[];
      expect(rows).toEqual([{ body: 'қорғау' }]);
      const [{ version }] = (await dataSource.query(`SELECT version()`)) as [{ version: string }];
      expect(version).toMatch(/^PostgreSQL \d+/);
    } finally {
      await dataSource.destroy();
    }
  });
});
