// `node dist/migrate.js`: applies cases-service's pending schema migrations and exits (0 when the schema is current).
// Production runs it as a step before the rollout (the Helm chart's pre-install/pre-upgrade Job) and the service
// itself starts with MIGRATE_AT_BOOT=false. Needs DATABASE_URL only (PGPASSWORD may carry the password).
import 'reflect-metadata';
import { databaseEnv, loadConfig } from '@qorgau/config';
import { casesServiceDataSource } from './db/data-source';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig(databaseEnv.pick({ DATABASE_URL: true }));
  const dataSource = await casesServiceDataSource(DATABASE_URL).initialize();
  try {
    const applied = await dataSource.runMigrations();
    console.log(
      applied.length === 0
        ? 'cases-service: schema is current, no migration pending'
        : `cases-service: applied ${applied.map((migration) => migration.name).join(', ')}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
